// Ace by DAISY runs on the system's Chromium (check/ace.ts): Puppeteer downloads no browser.
module.exports = { skipDownload: true };
