/**
 * Per-client-address limits on signing in and on the open submission endpoints, answered with
 * {@code 429 Too Many Requests} and {@code Retry-After}.
 */
package org.carefeed.feedback.ratelimit;
