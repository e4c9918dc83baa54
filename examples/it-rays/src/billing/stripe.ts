import Stripe from 'stripe';
import type { Account } from '../accounts/account.entity';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? '', { apiVersion: '2024-04-10' });

export async function createCustomer(account: Account): Promise<string> {
  const customer = await stripe.customers.create({ email: account.email, name: account.fullName, metadata: { accountId: account.id } });
  return customer.id;
}
