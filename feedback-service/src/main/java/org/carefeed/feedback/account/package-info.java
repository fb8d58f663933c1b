/**
 * Accounts of provider staff, moderators and administrators: stored here, passwords hashed, locked
 * after repeated failed sign-ins, created and disabled by administrators.
 */
package org.carefeed.feedback.account;
