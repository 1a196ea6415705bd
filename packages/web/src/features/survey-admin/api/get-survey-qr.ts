import { apiHref } from '../../../lib/api-client';

// GET /api/v1/surveys/:id/qr.svg — the QR code of a public survey's address, as an image.

export function surveyQrUrl(surveyId: number): string {
  return apiHref('/api/v1/surveys/{id}/qr.svg', { path: { id: surveyId } });
}
