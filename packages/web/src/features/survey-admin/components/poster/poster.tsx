import { useTranslation } from 'react-i18next';
import type { SurveyDetail } from '../../../../api/types';
import { surveyQrUrl } from '../../api/get-survey-qr';
import classes from './poster.module.css';

interface PosterProps {
  survey: SurveyDetail & { publicUrl: string };
  tenantName: string;
}

/** The address as printed: no scheme, so it reads short ('survei.kota.go.id/s/abc…'). */
export const printedAddress = (url: string) => url.replace(/^https?:\/\//, '');

/** The counter poster: Indonesian first, English below and smaller, the QR code large. */
export function Poster({ survey, tenantName }: PosterProps) {
  const { i18n } = useTranslation();
  // The poster speaks to citizens in both languages, whatever language the admin works in.
  const id = i18n.getFixedT('id', 'surveyAdmin');
  const en = i18n.getFixedT('en', 'surveyAdmin');
  // The configured public address (PUBLIC_URL), the same as in the QR code; never the address the
  // admin happened to browse from.
  const shortLink = printedAddress(survey.publicUrl);
  const service = survey.serviceName ?? survey.serviceUnit?.name ?? survey.title;

  return (
    <div className={classes.sheet}>
      <article className={classes.poster} lang="id" aria-labelledby="poster-heading">
        <p className={classes.tenant}>{tenantName}</p>
        <p className={classes.service}>{service}</p>
        <h1 className={classes.heading} id="poster-heading">
          {id('poster.heading')}
        </h1>
        <p className={classes.lead}>{id('poster.instructions')}</p>
        <img className={classes.qr} src={surveyQrUrl(survey.id)} alt={id('poster.qrAlt', { service })} />
        <p className={classes.link}>{shortLink}</p>
        <ul className={classes.facts}>
          <li>{id('poster.noAccount')}</li>
          <li>{id('poster.minutes')}</li>
          <li>{id('poster.anonymous')}</li>
        </ul>
        <div className={classes.english} lang="en">
          <p className={classes.englishHeading}>{en('poster.heading')}</p>
          <p>{en('poster.instructions')}</p>
          <p>{[en('poster.noAccount'), en('poster.minutes'), en('poster.anonymous')].join(' · ')}</p>
        </div>
      </article>
    </div>
  );
}

export const posterToolbarClass = classes.toolbar;
