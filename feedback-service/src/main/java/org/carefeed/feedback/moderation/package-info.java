/**
 * Keeping public text safe: personal data is redacted before anything is published, abusive language
 * and shouting are flagged for a moderator, and the original is kept for moderators only.
 */
package org.carefeed.feedback.moderation;
