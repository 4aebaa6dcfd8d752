-- Phone-hour setups (puhelinaikojen asetukset): one row per team and the day its setup starts; policy and
-- weekly template are JSON documents. The setup in force on a day is the latest started one.

CREATE TABLE hm_phone_setup (
    team_id     VARCHAR(255) NOT NULL,
    valid_from  DATE NOT NULL,
    policy      ${json} NOT NULL,
    template    ${json} NOT NULL,
    PRIMARY KEY (team_id, valid_from)
) ${table_options};
