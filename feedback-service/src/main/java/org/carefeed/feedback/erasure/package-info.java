/**
 * Erasure on request received other than through a private link: an administrator erases a review
 * (every word of it, everywhere) or a complaint's description and contact details, giving the reason.
 */
package org.carefeed.feedback.erasure;
