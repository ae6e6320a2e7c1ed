/**
 * Small value types and infrastructure used by every module: the embedded store, message
 * bundles, working-day arithmetic. Nothing here knows about a business module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.vigie.shared;
