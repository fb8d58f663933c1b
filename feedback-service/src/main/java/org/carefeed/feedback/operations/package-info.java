/** Operations run from the command line by whoever runs the deployment, outside the service's own run. */
package org.carefeed.feedback.operations;
