/**
 * The open feeds: published reviews with the providers' responses as Atom 1.0 and JSON Feed 1.1, for
 * every provider, one provider, an organisation with its sites, or one type of provider, newest first
 * and paged (RFC 5005).
 */
package org.carefeed.choice.feed;
