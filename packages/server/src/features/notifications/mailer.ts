import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends e-mail through the SMTP server of SMTP_URL; without one, nothing is sent (`enabled` false). */
export interface Mailer {
  readonly enabled: boolean;
  send(mail: Mail): Promise<void>;
  close(): void;
}

export function createMailer(smtpUrl: string | null, from: string): Mailer {
  if (!smtpUrl) return { enabled: false, send: async () => {}, close: () => {} };
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    enabled: true,
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
    close: () => transport.close(),
  };
}
