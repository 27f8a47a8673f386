package org.psoportal.architecture.cyclefixture;

import org.springframework.modulith.Modulithic;

/** The root of two deliberately entangled modules: ModulesTest proves the verification catches them. */
@Modulithic
public class CycleFixtureApplication {}
