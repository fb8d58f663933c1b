/**
 * Fair use of the open data: a token bucket per client address for anonymous clients, a larger one per
 * API key, and the API keys themselves, issued and revoked by administrators.
 */
package org.carefeed.choice.ratelimit;
