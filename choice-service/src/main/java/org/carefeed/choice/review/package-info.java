/**
 * Reviews as choice-service sees them: projected from the reviews topic (published, withdrawn, removed,
 * responses) into its own database, and served per provider, newest first, with their responses.
 */
package org.carefeed.choice.review;
