import { Router } from 'express';
import { identifyAccount } from '../analytics/tracking';
import { tagUser } from '../observability/sentry';
import { reportSignup } from '../marketing/meta-capi';

export const accounts = Router();

accounts.post('/signup', async (req, res) => {
  const { email, fullName, companyName } = req.body;
  const referralCode = String(req.body.referralCode ?? '');
  const account = { id: crypto.randomUUID(), email, fullName, companyName };
  identifyAccount(account);
  tagUser(account);
  await reportSignup(account.email, referralCode);
  res.status(201).json({ id: account.id });
});
