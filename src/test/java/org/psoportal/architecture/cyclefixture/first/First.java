package org.psoportal.architecture.cyclefixture.first;

import org.psoportal.architecture.cyclefixture.second.Second;

public class First {
    Second partner;
}
