/**
 * The staff API: a provider's feedback in every state, and how it is doing at answering it. Staff
 * reach only the providers they work for; to them others' private feedback does not exist.
 */
package org.carefeed.feedback.staff;
