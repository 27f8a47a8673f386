package org.psoportal.admintasks.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface BoardColumnStateRepository extends JpaRepository<BoardColumnState, BoardColumn> {}
