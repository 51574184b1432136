/**
 * The opaque colour behind this extension page, read from its styles and read again when the system's
 * colour scheme changes (the pages follow it): the legend draws its sample marks against it.
 */
import { useEffect, useState } from 'preact/hooks';
import { backgroundBehind, type Rgba } from '../lib/page/colours';

export function usePageBackground(): Rgba {
  const read = () => backgroundBehind(document.body);
  const [background, setBackground] = useState<Rgba>(read);
  useEffect(() => {
    const query = window.matchMedia?.('(prefers-color-scheme: dark)');
    const onChange = () => setBackground(read());
    query?.addEventListener?.('change', onChange);
    return () => query?.removeEventListener?.('change', onChange);
  }, []);
  return background;
}
