/**
 * Who may use the admin API: accounts with the ADMIN role, by the bearer tokens feedback-service signs,
 * checked against the accounts it announces.
 */
package org.carefeed.choice.admin;
