-- The organizations taking part in the plan's work. The code is the value of the `organization` claim in tokens.
CREATE TABLE organization (
    code    varchar(20) PRIMARY KEY CHECK (code ~ '^[A-Z0-9]+$'),
    name    text        NOT NULL,
    name_en text        NOT NULL,
    kind    varchar(20) NOT NULL CHECK (kind IN ('PARK', 'UNIVERSITY', 'COMMITTEE'))
);

INSERT INTO organization (code, name, name_en, kind) VALUES
    ('BQL',    'Ban quản lý Khu công nghệ cao Hòa Lạc',   'Hoa Lac Hi-Tech Park Management Board',       'PARK'),
    ('DHBK',   'Đại học Bách khoa Hà Nội',                'Hanoi University of Science and Technology',  'UNIVERSITY'),
    ('DHQGHN', 'Đại học Quốc gia Hà Nội',                 'Vietnam National University, Hanoi',          'UNIVERSITY'),
    ('HVNN',   'Học viện Nông nghiệp Việt Nam',           'Vietnam National University of Agriculture',  'UNIVERSITY'),
    ('BCD07',  'Ban Chỉ đạo Chương trình 07-CTr/TU',      'Steering Committee of Programme 07-CTr/TU',   'COMMITTEE');
