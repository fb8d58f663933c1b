/**
 * Keeping public text safe: personal data is redacted before anything is published; the original is
 * kept for moderators only.
 */
package org.carefeed.feedback.moderation;
