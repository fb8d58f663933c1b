/**
 * Safeguarding concerns: a moderator or a provider's staff member marks a review or complaint as a
 * concern with a note; a review is then held from publication; the provider's designated safeguarding
 * contacts (accounts with the SAFEGUARDING role as well as STAFF) and the moderators see the open
 * concerns listed, and close them with what was done. Every step is in the review's or complaint's trail.
 */
package org.carefeed.feedback.safeguarding;
