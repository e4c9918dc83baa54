import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('accounts')
export class Account {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  fullName: string;

  @Column({ unique: true })
  email: string;

  @Column()
  companyName: string;

  @Column()
  passwordHash: string;

  @Column({ nullable: true })
  mobilePhone?: string;

  @Column({ default: false })
  marketingOptIn: boolean;

  @CreateDateColumn()
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt?: Date;
}
