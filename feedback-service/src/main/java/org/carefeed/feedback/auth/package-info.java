/**
 * Signing in and who is asking: short-lived signed bearer tokens for accounts, the access rules of
 * every endpoint, and the check that staff only ever reach their own providers' feedback.
 */
package org.carefeed.feedback.auth;
