/** Keeping personal data no longer than needed: scheduled purges, run once across instances. */
package org.carefeed.feedback.retention;
