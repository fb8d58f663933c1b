/**
 * Bearer tokens as both services see them: ES256 keys in PEM, named by a key id so they can be
 * rotated, and the one way a token is checked (signature by a configured key, issuer, expiry).
 */
package org.carefeed.platform.tokens;
