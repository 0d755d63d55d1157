-- mail: how many automatic answers an address received lately (they are limited per recipient)
create index mail_outbox_recipient_ix on mail_outbox (lower(recipient), kind, queued_at);
