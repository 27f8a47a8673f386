/**
 * Loads the demo organisation into an empty database through the features' {@code DemoDataContributor}s. Nothing
 * depends on it.
 */
@ApplicationModule(displayName = "Demo data")
package org.psoportal.demo;

import org.springframework.modulith.ApplicationModule;
