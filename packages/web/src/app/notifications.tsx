import '@mantine/notifications/styles.css';
import { Notifications } from '@mantine/notifications';

/** Where toasts appear; a default export for React.lazy (app.tsx loads it after the first render). */
export default function AppNotifications() {
  return <Notifications position="top-right" />;
}
