export interface SupportTicket {
  id: string;
  accountId: string;
  requesterEmail: string;
  subject: string;
  transcript: string;
  affectedHostname?: string;
  resolvedAt?: Date;
}
