package org.psoportal.architecture.cyclefixture.second;

import org.psoportal.architecture.cyclefixture.first.First;

public class Second {
    First partner;
}
