/**
 * Published reviews as choice-service sees them: projected from the reviews topic into its own
 * database, served per provider, newest first, with the provider's rating summary.
 */
package org.carefeed.choice.review;
