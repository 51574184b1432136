import { defineBackground } from 'wxt/utils/define-background';

// The background owns nothing yet; the reader's database and the badge arrive with later issues.
export default defineBackground(() => {});
