/**
 * Private links: what a patient gets back instead of an account, to follow and withdraw a review or
 * to track a complaint. The secret in a link is unguessable and only its hash is stored.
 */
package org.carefeed.feedback.privatelink;
