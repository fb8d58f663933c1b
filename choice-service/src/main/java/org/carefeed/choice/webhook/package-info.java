/**
 * Signed webhooks: subscribers register a callback URL with filters, an administrator approves it, and
 * each matching review or directory event is POSTed to it, signed, at least once, retried for hours.
 */
package org.carefeed.choice.webhook;
