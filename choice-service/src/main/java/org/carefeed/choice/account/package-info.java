/**
 * The accounts feedback-service announces (roles, enabled, password stamp; never who they are), kept
 * so that the admin API can tell whether a token's account may still use it.
 */
package org.carefeed.choice.account;
