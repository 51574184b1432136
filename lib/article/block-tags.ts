/** Elements that start and end a block of text. Anything else is inline. */
export const BLOCK_TAGS = new Set(
  ('address article aside blockquote body center dd details dialog dir div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody thead ' +
    'tfoot tr td th caption ul menu legend').split(' '),
);
