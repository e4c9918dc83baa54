import { subDays } from 'date-fns';
import { LessThan, type DataSource } from 'typeorm';
import { Account } from '../accounts/account.entity';

export async function purgeDeletedAccounts(ds: DataSource, now = new Date()): Promise<void> {
  await ds.getRepository(Account).delete({ deletedAt: LessThan(subDays(now, 30)) });
}
