package org.psoportal.admintasks;

import org.springframework.data.jpa.repository.JpaRepository;

interface BoardColumnStateRepository extends JpaRepository<BoardColumnState, BoardColumn> {}
