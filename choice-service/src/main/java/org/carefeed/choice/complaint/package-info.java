/**
 * Complaints as choice-service sees them: their public state only (reference, category, status and
 * dates, never what anyone wrote), projected from the complaints topic for the provider figures.
 */
package org.carefeed.choice.complaint;
