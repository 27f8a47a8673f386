--liquibase formatted sql

--changeset pso:experts-001
-- An expert is a person with the EXPERT role and this profile.
CREATE TABLE expert_profile (
    person_id             BIGINT        NOT NULL PRIMARY KEY,
    headline              VARCHAR(120)  NOT NULL,
    bio                   VARCHAR(2000) NULL,
    weekly_capacity_hours INT           NOT NULL,
    bookable              BOOLEAN       NOT NULL DEFAULT TRUE,
    min_notice_minutes    INT           NOT NULL,
    horizon_days          INT           NOT NULL,
    buffer_minutes        INT           NOT NULL,
    slot_minutes          INT           NOT NULL,
    min_length_minutes    INT           NOT NULL,
    max_length_minutes    INT           NOT NULL,
    requires_approval     BOOLEAN       NOT NULL DEFAULT FALSE,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_expert_profile_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE expert_skill (
    expert_id BIGINT      NOT NULL,
    skill     VARCHAR(60) NOT NULL,
    PRIMARY KEY (expert_id, skill),
    CONSTRAINT fk_expert_skill_expert FOREIGN KEY (expert_id) REFERENCES expert_profile (person_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_expert_skill_skill ON expert_skill (skill);

-- Working hours per ISO weekday (1 = Monday ... 7 = Sunday), local times in the portal's zone; several per day.
CREATE TABLE expert_working_hours (
    id          BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    expert_id   BIGINT  NOT NULL,
    day_of_week TINYINT NOT NULL,
    start_time  TIME    NOT NULL,
    end_time    TIME    NOT NULL,
    CONSTRAINT fk_working_hours_expert FOREIGN KEY (expert_id) REFERENCES expert_profile (person_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_working_hours_expert ON expert_working_hours (expert_id, day_of_week);

-- Whole days off, first_day..last_day inclusive.
CREATE TABLE expert_time_off (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    expert_id BIGINT       NOT NULL,
    first_day DATE         NOT NULL,
    last_day  DATE         NOT NULL,
    reason    VARCHAR(200) NULL,
    CONSTRAINT fk_time_off_expert FOREIGN KEY (expert_id) REFERENCES expert_profile (person_id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE INDEX ix_time_off_expert ON expert_time_off (expert_id, first_day, last_day);
--rollback DROP TABLE expert_time_off; DROP TABLE expert_working_hours; DROP TABLE expert_skill; DROP TABLE expert_profile;
