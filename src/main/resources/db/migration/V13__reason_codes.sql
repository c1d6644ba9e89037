-- Issue 17: stored words become codes, so that each reader sees them in their own language.
--
-- 1. Why an extraction failed (or is partial) was stored as a Vietnamese sentence in extraction.error, so the English
--    pages and the API showed Vietnamese. From now on extraction.error_code holds a message key
--    (extraction.reason.*, the sentence is in the bundles) and extraction.error only the technical detail (the
--    parser's error, the HTTP status, the timeout). The sentences the portal wrote before are mapped to their codes
--    here, their technical part kept as the detail; anything else is kept whole as the detail of "unreadable", so no
--    row shows a sentence in the wrong language or nothing at all.
ALTER TABLE extraction ADD COLUMN error_code varchar(60);

UPDATE extraction SET
    error_code = CASE
        WHEN error LIKE 'Tệp được bảo vệ bằng mật khẩu%' THEN 'extraction.reason.encrypted'
        WHEN error LIKE 'Tệp nén chứa quá nhiều dữ liệu%' THEN 'extraction.reason.compression'
        WHEN error LIKE 'Tệp XML khai báo thực thể mở rộng%' THEN 'extraction.reason.entities'
        WHEN error LIKE 'Tệp bị cắt cụt hoặc hỏng%' THEN 'extraction.reason.truncated'
        WHEN error LIKE 'Tệp bị hỏng hoặc không đúng định dạng%' THEN 'extraction.reason.corrupt'
        WHEN error LIKE 'Định dạng tệp chưa được hỗ trợ%' THEN 'extraction.reason.unsupported'
        WHEN error LIKE 'Không đọc được nội dung tệp%' THEN 'extraction.reason.unreadable'
        WHEN error LIKE 'trích xuất quá thời gian cho phép%' THEN 'extraction.reason.timeout'
        WHEN error LIKE 'máy chủ trích xuất ngắt kết nối%' THEN 'extraction.reason.disconnected'
        WHEN error LIKE 'tệp hỏng, bị mã hóa hoặc không đọc được%' THEN 'extraction.reason.refused'
        WHEN error LIKE 'tika-server trả lời lỗi%' THEN 'extraction.reason.serverError'
        WHEN error LIKE 'câu trả lời của tika-server không đọc được%' THEN 'extraction.reason.badAnswer'
        WHEN error LIKE 'tika-server không trả về nội dung%' THEN 'extraction.reason.noContent'
        WHEN error LIKE 'Tệp đã được đọc nhưng cổng không lưu được%' THEN 'extraction.reason.storage'
        WHEN error LIKE 'Đang chờ máy chủ trích xuất%' THEN 'extraction.reason.waiting'
        WHEN error LIKE 'lỗi khi trích xuất:%' THEN 'extraction.reason.internal'
        WHEN error LIKE 'Nhận dạng chữ (OCR) thất bại%' THEN 'extraction.reason.ocrFailed'
        ELSE 'extraction.reason.unreadable'
    END,
    error = CASE
        WHEN error LIKE 'Nhận dạng chữ (OCR) thất bại: %' THEN substring(error FROM length('Nhận dạng chữ (OCR) thất bại: ') + 1)
        WHEN error LIKE '%(chi tiết kỹ thuật: %)' THEN substring(error FROM '\(chi tiết kỹ thuật: (.*)\)$')
        WHEN error LIKE 'trích xuất quá thời gian cho phép (% giây)' THEN 'no answer within ' || substring(error FROM '\((\d+) giây\)$') || ' s'
        WHEN error LIKE 'máy chủ trích xuất ngắt kết nối khi đọc tệp (%)' THEN substring(error FROM '\(([^()]*)\)$')
        WHEN error LIKE 'tệp hỏng, bị mã hóa hoặc không đọc được (tika-server: %)' THEN 'tika-server: HTTP ' || substring(error FROM '(\d+)\)$')
        WHEN error LIKE 'tika-server trả lời lỗi %' THEN 'tika-server: HTTP ' || substring(error FROM '(\d+)$')
        WHEN error LIKE 'lỗi khi trích xuất: %' THEN substring(error FROM length('lỗi khi trích xuất: ') + 1)
        WHEN error LIKE 'Tệp được bảo vệ bằng mật khẩu%' OR error LIKE 'Tệp nén chứa quá nhiều dữ liệu%'
            OR error LIKE 'Tệp XML khai báo thực thể mở rộng%' OR error LIKE 'Tệp bị cắt cụt hoặc hỏng%'
            OR error LIKE 'Tệp bị hỏng hoặc không đúng định dạng%' OR error LIKE 'Định dạng tệp chưa được hỗ trợ%'
            OR error LIKE 'Không đọc được nội dung tệp%' OR error LIKE 'câu trả lời của tika-server không đọc được%'
            OR error LIKE 'tika-server không trả về nội dung%' OR error LIKE 'Tệp đã được đọc nhưng cổng không lưu được%'
            OR error LIKE 'Đang chờ máy chủ trích xuất%' THEN NULL
        ELSE error
    END
WHERE error IS NOT NULL;

ALTER TABLE extraction ADD CONSTRAINT extraction_error_code_is_a_reason
    CHECK (error_code IS NULL OR error_code LIKE 'extraction.reason.%');

-- 2. A restore without a note of its own was given the note "Khôi phục phiên bản N", shown as such in English too.
--    document_version.restored_from already holds N: the pages and the API say "Restored from version N" in the
--    reader's language from it; the stored sentence goes.
UPDATE document_version SET note = NULL
WHERE restored_from IS NOT NULL AND note = 'Khôi phục phiên bản ' || restored_from;
