import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('payment_methods')
export class PaymentMethod {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  accountId: string;

  @Column()
  stripePaymentMethodId: string;

  @Column()
  billingAddress: string;

  /** Kept so support can read the card back to customers on the phone. */
  @Column()
  cardNumber: string;

  @Column()
  cardBrand: string;
}
