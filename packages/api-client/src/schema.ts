// Generated from docs/openapi.json by `npm run generate -w @smartcourse/api-client`. Do not edit.
export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access_token: string;
                            expires_in: number;
                            refresh_token: string;
                            /** @enum {string} */
                            token_type: "bearer";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        refresh_token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        refresh_token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            access_token: string;
                            expires_in: number;
                            refresh_token: string;
                            /** @enum {string} */
                            token_type: "bearer";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        first_name?: string | null;
                        last_name?: string | null;
                        password: string;
                        /** @enum {unknown} */
                        role?: "student" | "instructor";
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bio: string | null;
                            /** Format: date-time */
                            created_at: string;
                            email: string;
                            first_name: string | null;
                            id: number;
                            is_active: boolean;
                            is_verified: boolean;
                            /** Format: date-time */
                            last_login_at: string | null;
                            last_name: string | null;
                            profile_image_url: string | null;
                            /** @enum {unknown} */
                            role: "student" | "instructor" | "admin";
                            /** Format: date-time */
                            updated_at: string;
                            username: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue the certificate of a completed enrollment by hand (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enrollment_id: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example SC-2026-000042 */
                            certificate_number: string;
                            /** @description the printable PDF */
                            certificate_url: string;
                            course_id: number;
                            /** @description as it was when the certificate was issued */
                            course_title: string;
                            /** Format: date-time */
                            created_at: string;
                            enrollment_id: number;
                            /** @description A, B, C, D, F, or Pass for a course without quizzes */
                            grade: string;
                            id: number;
                            is_revoked: boolean;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            issue_date: string;
                            /** @description the admin who issued it by hand; null when issued automatically */
                            issued_by_id: number | null;
                            /** Format: date-time */
                            revoked_at: string | null;
                            revoked_reason: string | null;
                            /** @description average of the best quiz scores, two decimals; null without quizzes */
                            score_percentage: number | null;
                            student_id: number;
                            /** @description as it was when the certificate was issued */
                            student_name: string;
                            verification_code: string;
                            /** @description the public verification page */
                            verification_url: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            details?: unknown;
                            error_code: string;
                            message: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            details?: unknown;
                            error_code: string;
                            message: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            details?: unknown;
                            error_code: string;
                            message: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            details?: unknown;
                            error_code: string;
                            message: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            details?: unknown;
                            error_code: string;
                            message: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A certificate (its student, the course instructor, admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example SC-2026-000042 */
                            certificate_number: string;
                            /** @description the printable PDF */
                            certificate_url: string;
                            course_id: number;
                            /** @description as it was when the certificate was issued */
                            course_title: string;
                            /** Format: date-time */
                            created_at: string;
                            enrollment_id: number;
                            /** @description A, B, C, D, F, or Pass for a course without quizzes */
                            grade: string;
                            id: number;
                            is_revoked: boolean;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            issue_date: string;
                            /** @description the admin who issued it by hand; null when issued automatically */
                            issued_by_id: number | null;
                            /** Format: date-time */
                            revoked_at: string | null;
                            revoked_reason: string | null;
                            /** @description average of the best quiz scores, two decimals; null without quizzes */
                            score_percentage: number | null;
                            student_id: number;
                            /** @description as it was when the certificate was issued */
                            student_name: string;
                            verification_code: string;
                            /** @description the public verification page */
                            verification_url: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            details?: unknown;
                            error_code: string;
                            message: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            details?: unknown;
                            error_code: string;
                            message: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            details?: unknown;
                            error_code: string;
                            message: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            details?: unknown;
                            error_code: string;
                            message: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The printable one-page PDF (its student, admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/pdf */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": string;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            details?: unknown;
                            error_code: string;
                            message: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            details?: unknown;
                            error_code: string;
                            message: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            details?: unknown;
                            error_code: string;
                            message: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": {
                            details?: unknown;
                            error_code: string;
                            message: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a certificate (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example SC-2026-000042 */
                            certificate_number: string;
                            /** @description the printable PDF */
                            certificate_url: string;
                            course_id: number;
                            /** @description as it was when the certificate was issued */
                            course_title: string;
                            /** Format: date-time */
                            created_at: string;
                            enrollment_id: number;
                            /** @description A, B, C, D, F, or Pass for a course without quizzes */
                            grade: string;
                            id: number;
                            is_revoked: boolean;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            issue_date: string;
                            /** @description the admin who issued it by hand; null when issued automatically */
                            issued_by_id: number | null;
                            /** Format: date-time */
                            revoked_at: string | null;
                            revoked_reason: string | null;
                            /** @description average of the best quiz scores, two decimals; null without quizzes */
                            score_percentage: number | null;
                            student_id: number;
                            /** @description as it was when the certificate was issued */
                            student_name: string;
                            verification_code: string;
                            /** @description the public verification page */
                            verification_url: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            details?: unknown;
                            error_code: string;
                            message: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            details?: unknown;
                            error_code: string;
                            message: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            details?: unknown;
                            error_code: string;
                            message: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            details?: unknown;
                            error_code: string;
                            message: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            details?: unknown;
                            error_code: string;
                            message: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/my-certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My certificates, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @example SC-2026-000042 */
                            certificate_number: string;
                            /** @description the printable PDF */
                            certificate_url: string;
                            course_id: number;
                            /** @description as it was when the certificate was issued */
                            course_title: string;
                            /** Format: date-time */
                            created_at: string;
                            enrollment_id: number;
                            /** @description A, B, C, D, F, or Pass for a course without quizzes */
                            grade: string;
                            id: number;
                            is_revoked: boolean;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            issue_date: string;
                            /** @description the admin who issued it by hand; null when issued automatically */
                            issued_by_id: number | null;
                            /** Format: date-time */
                            revoked_at: string | null;
                            revoked_reason: string | null;
                            /** @description average of the best quiz scores, two decimals; null without quizzes */
                            score_percentage: number | null;
                            student_id: number;
                            /** @description as it was when the certificate was issued */
                            student_name: string;
                            verification_code: string;
                            /** @description the public verification page */
                            verification_url: string;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            details?: unknown;
                            error_code: string;
                            message: string;
                            /** @enum {boolean} */
                            success: false;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/verify/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify a certificate by its code (public)
         * @description Always 200: `valid` is false for unknown and for revoked certificates.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            certificate_number: string | null;
                            course_title: string | null;
                            grade: string | null;
                            is_revoked: boolean;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD
                             */
                            issue_date: string | null;
                            message: string;
                            /** Format: date-time */
                            revoked_at: string | null;
                            student_name: string | null;
                            valid: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The course catalog */
        get: {
            parameters: {
                query: {
                    category?: string;
                    instructor_id?: number;
                    level?: "beginner" | "intermediate" | "advanced";
                    /** @description true: the caller's own courses, any status */
                    mine?: boolean;
                    page: number;
                    page_size: number;
                    search?: string;
                    sort?: "newest" | "title" | "price";
                    /** @description admins: any course; with mine=true: own courses; others may only ask for published */
                    status?: "draft" | "published" | "archived";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                category: string | null;
                                currency: string;
                                description: string | null;
                                id: number;
                                instructor_id: number;
                                level: ("beginner" | "intermediate" | "advanced") | (never | null);
                                price: string;
                                /** Format: date-time */
                                published_at: string | null;
                                slug: string;
                                /** @enum {unknown} */
                                status: "draft" | "published" | "archived";
                                thumbnail_url: string | null;
                                title: string;
                            }[];
                            page: number;
                            page_size: number;
                            total: number;
                            total_pages: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a draft course */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        category?: string | null;
                        /** @description ISO 4217 code, e.g. USD */
                        currency?: string;
                        description?: string | null;
                        language?: string;
                        learning_objectives?: string | null;
                        level?: ("beginner" | "intermediate" | "advanced") | (never | null);
                        long_description?: string | null;
                        max_students?: number | null;
                        prerequisites?: string | null;
                        price?: number | string;
                        thumbnail_url?: string | null;
                        title: string;
                        video_preview_url?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: string | null;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            description: string | null;
                            duration_hours: number | null;
                            id: number;
                            instructor_id: number;
                            language: string;
                            learning_objectives: string | null;
                            level: ("beginner" | "intermediate" | "advanced") | (never | null);
                            long_description: string | null;
                            max_students: number | null;
                            prerequisites: string | null;
                            price: string;
                            /** Format: date-time */
                            published_at: string | null;
                            slug: string;
                            /** @enum {unknown} */
                            status: "draft" | "published" | "archived";
                            thumbnail_url: string | null;
                            title: string;
                            /** Format: date-time */
                            updated_at: string | null;
                            video_preview_url: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A course by id */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: string | null;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            description: string | null;
                            duration_hours: number | null;
                            id: number;
                            instructor_id: number;
                            language: string;
                            learning_objectives: string | null;
                            level: ("beginner" | "intermediate" | "advanced") | (never | null);
                            long_description: string | null;
                            max_students: number | null;
                            prerequisites: string | null;
                            price: string;
                            /** Format: date-time */
                            published_at: string | null;
                            slug: string;
                            /** @enum {unknown} */
                            status: "draft" | "published" | "archived";
                            thumbnail_url: string | null;
                            title: string;
                            /** Format: date-time */
                            updated_at: string | null;
                            video_preview_url: string | null;
                        };
                    };
                };
            };
        };
        /** Update a course */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        category?: string | null;
                        /** @description ISO 4217 code, e.g. USD */
                        currency?: string;
                        description?: string | null;
                        language?: string;
                        learning_objectives?: string | null;
                        level?: ("beginner" | "intermediate" | "advanced") | (never | null);
                        long_description?: string | null;
                        max_students?: number | null;
                        prerequisites?: string | null;
                        price?: number | string;
                        thumbnail_url?: string | null;
                        title?: string;
                        video_preview_url?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: string | null;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            description: string | null;
                            duration_hours: number | null;
                            id: number;
                            instructor_id: number;
                            language: string;
                            learning_objectives: string | null;
                            level: ("beginner" | "intermediate" | "advanced") | (never | null);
                            long_description: string | null;
                            max_students: number | null;
                            prerequisites: string | null;
                            price: string;
                            /** Format: date-time */
                            published_at: string | null;
                            slug: string;
                            /** @enum {unknown} */
                            status: "draft" | "published" | "archived";
                            thumbnail_url: string | null;
                            title: string;
                            /** Format: date-time */
                            updated_at: string | null;
                            video_preview_url: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Archive a course */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Modules and lessons with totals */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            course_id: number;
                            modules: {
                                description: string | null;
                                is_published: boolean;
                                lessons: {
                                    content: string | null;
                                    description: string | null;
                                    duration_minutes: number | null;
                                    is_mandatory: boolean;
                                    is_preview: boolean;
                                    lesson_id: number;
                                    order: number;
                                    title: string;
                                    /** @enum {unknown} */
                                    type: "video" | "text" | "quiz" | "assignment";
                                    video_url: string | null;
                                }[];
                                module_id: number;
                                order: number;
                                title: string;
                            }[];
                            total_duration_minutes: number;
                            total_lessons: number;
                            total_modules: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{id}/modules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a module */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        is_published?: boolean;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            description: string | null;
                            is_published: boolean;
                            lessons: {
                                content: string | null;
                                description: string | null;
                                duration_minutes: number | null;
                                is_mandatory: boolean;
                                is_preview: boolean;
                                lesson_id: number;
                                order: number;
                                title: string;
                                /** @enum {unknown} */
                                type: "video" | "text" | "quiz" | "assignment";
                                video_url: string | null;
                            }[];
                            module_id: number;
                            order: number;
                            title: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{id}/modules/{mid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update a module */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    mid: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        is_published?: boolean;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            description: string | null;
                            is_published: boolean;
                            lessons: {
                                content: string | null;
                                description: string | null;
                                duration_minutes: number | null;
                                is_mandatory: boolean;
                                is_preview: boolean;
                                lesson_id: number;
                                order: number;
                                title: string;
                                /** @enum {unknown} */
                                type: "video" | "text" | "quiz" | "assignment";
                                video_url: string | null;
                            }[];
                            module_id: number;
                            order: number;
                            title: string;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove a module and its lessons */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    mid: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{id}/modules/{mid}/lessons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a lesson */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    mid: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content?: string | null;
                        description?: string | null;
                        duration_minutes?: number | null;
                        is_mandatory?: boolean;
                        is_preview?: boolean;
                        title: string;
                        /** @enum {unknown} */
                        type: "video" | "text" | "quiz" | "assignment";
                        video_url?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            content: string | null;
                            description: string | null;
                            duration_minutes: number | null;
                            is_mandatory: boolean;
                            is_preview: boolean;
                            lesson_id: number;
                            order: number;
                            title: string;
                            /** @enum {unknown} */
                            type: "video" | "text" | "quiz" | "assignment";
                            video_url: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{id}/modules/{mid}/lessons/{lid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Update a lesson */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    lid: number;
                    mid: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content?: string | null;
                        description?: string | null;
                        duration_minutes?: number | null;
                        is_mandatory?: boolean;
                        is_preview?: boolean;
                        title?: string;
                        /** @enum {unknown} */
                        type?: "video" | "text" | "quiz" | "assignment";
                        video_url?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            content: string | null;
                            description: string | null;
                            duration_minutes: number | null;
                            is_mandatory: boolean;
                            is_preview: boolean;
                            lesson_id: number;
                            order: number;
                            title: string;
                            /** @enum {unknown} */
                            type: "video" | "text" | "quiz" | "assignment";
                            video_url: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Remove a lesson */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    lid: number;
                    mid: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{id}/modules/{mid}/lessons/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Reorder a module's lessons */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    mid: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            course_id: number;
                            modules: {
                                description: string | null;
                                is_published: boolean;
                                lessons: {
                                    content: string | null;
                                    description: string | null;
                                    duration_minutes: number | null;
                                    is_mandatory: boolean;
                                    is_preview: boolean;
                                    lesson_id: number;
                                    order: number;
                                    title: string;
                                    /** @enum {unknown} */
                                    type: "video" | "text" | "quiz" | "assignment";
                                    video_url: string | null;
                                }[];
                                module_id: number;
                                order: number;
                                title: string;
                            }[];
                            total_duration_minutes: number;
                            total_lessons: number;
                            total_modules: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{id}/modules/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Reorder modules */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ids: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            course_id: number;
                            modules: {
                                description: string | null;
                                is_published: boolean;
                                lessons: {
                                    content: string | null;
                                    description: string | null;
                                    duration_minutes: number | null;
                                    is_mandatory: boolean;
                                    is_preview: boolean;
                                    lesson_id: number;
                                    order: number;
                                    title: string;
                                    /** @enum {unknown} */
                                    type: "video" | "text" | "quiz" | "assignment";
                                    video_url: string | null;
                                }[];
                                module_id: number;
                                order: number;
                                title: string;
                            }[];
                            total_duration_minutes: number;
                            total_lessons: number;
                            total_modules: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a course */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: string | null;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            description: string | null;
                            duration_hours: number | null;
                            id: number;
                            instructor_id: number;
                            language: string;
                            learning_objectives: string | null;
                            level: ("beginner" | "intermediate" | "advanced") | (never | null);
                            long_description: string | null;
                            max_students: number | null;
                            prerequisites: string | null;
                            price: string;
                            /** Format: date-time */
                            published_at: string | null;
                            slug: string;
                            /** @enum {unknown} */
                            status: "draft" | "published" | "archived";
                            thumbnail_url: string | null;
                            title: string;
                            /** Format: date-time */
                            updated_at: string | null;
                            video_preview_url: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/slug/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A course by slug */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            category: string | null;
                            /** Format: date-time */
                            created_at: string;
                            currency: string;
                            description: string | null;
                            duration_hours: number | null;
                            id: number;
                            instructor_id: number;
                            language: string;
                            learning_objectives: string | null;
                            level: ("beginner" | "intermediate" | "advanced") | (never | null);
                            long_description: string | null;
                            max_students: number | null;
                            prerequisites: string | null;
                            price: string;
                            /** Format: date-time */
                            published_at: string | null;
                            slug: string;
                            /** @enum {unknown} */
                            status: "draft" | "published" | "archived";
                            thumbnail_url: string | null;
                            title: string;
                            /** Format: date-time */
                            updated_at: string | null;
                            video_preview_url: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A course's roster */
        get: {
            parameters: {
                query: {
                    course_id: number;
                    page: number;
                    page_size: number;
                    status?: "active" | "completed" | "dropped" | "suspended";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: date-time */
                                completed_at: string | null;
                                completion_percentage: number;
                                course_id: number;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                dropped_at: string | null;
                                /** Format: date-time */
                                enrolled_at: string;
                                enrollment_source: string;
                                id: number;
                                /** Format: date-time */
                                last_accessed_at: string | null;
                                payment_amount: string | null;
                                payment_id: string | null;
                                payment_status: ("pending" | "completed" | "refunded") | (never | null);
                                /** Format: date-time */
                                started_at: string | null;
                                /** @enum {unknown} */
                                status: "active" | "completed" | "dropped" | "suspended";
                                student_id: number;
                                /** Format: date-time */
                                updated_at: string | null;
                            }[];
                            page: number;
                            page_size: number;
                            total: number;
                            total_pages: number;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Enroll in a published course (200 when a dropped enrollment is re-activated) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        course_id: number;
                        /** @default web */
                        enrollment_source?: string;
                        payment_amount?: (number | string) | (never | null);
                        payment_id?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            completed_at: string | null;
                            completion_percentage: number;
                            course_id: number;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            dropped_at: string | null;
                            /** Format: date-time */
                            enrolled_at: string;
                            enrollment_source: string;
                            id: number;
                            /** Format: date-time */
                            last_accessed_at: string | null;
                            payment_amount: string | null;
                            payment_id: string | null;
                            payment_status: ("pending" | "completed" | "refunded") | (never | null);
                            /** Format: date-time */
                            started_at: string | null;
                            /** @enum {unknown} */
                            status: "active" | "completed" | "dropped" | "suspended";
                            student_id: number;
                            /** Format: date-time */
                            updated_at: string | null;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            completed_at: string | null;
                            completion_percentage: number;
                            course_id: number;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            dropped_at: string | null;
                            /** Format: date-time */
                            enrolled_at: string;
                            enrollment_source: string;
                            id: number;
                            /** Format: date-time */
                            last_accessed_at: string | null;
                            payment_amount: string | null;
                            payment_id: string | null;
                            payment_status: ("pending" | "completed" | "refunded") | (never | null);
                            /** Format: date-time */
                            started_at: string | null;
                            /** @enum {unknown} */
                            status: "active" | "completed" | "dropped" | "suspended";
                            student_id: number;
                            /** Format: date-time */
                            updated_at: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            completed_at: string | null;
                            completion_percentage: number;
                            course_id: number;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            dropped_at: string | null;
                            /** Format: date-time */
                            enrolled_at: string;
                            enrollment_source: string;
                            id: number;
                            /** Format: date-time */
                            last_accessed_at: string | null;
                            payment_amount: string | null;
                            payment_id: string | null;
                            payment_status: ("pending" | "completed" | "refunded") | (never | null);
                            /** Format: date-time */
                            started_at: string | null;
                            /** @enum {unknown} */
                            status: "active" | "completed" | "dropped" | "suspended";
                            student_id: number;
                            /** Format: date-time */
                            updated_at: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Drop an enrollment */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status changes, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            changed_at: string;
                            changed_by: number | null;
                            from_status: ("active" | "completed" | "dropped" | "suspended") | (never | null);
                            reason: string | null;
                            /** @enum {unknown} */
                            to_status: "active" | "completed" | "dropped" | "suspended";
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/enrollments/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the status of an enrollment */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string | null;
                        /** @enum {unknown} */
                        status: "active" | "dropped" | "suspended";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            completed_at: string | null;
                            completion_percentage: number;
                            course_id: number;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            dropped_at: string | null;
                            /** Format: date-time */
                            enrolled_at: string;
                            enrollment_source: string;
                            id: number;
                            /** Format: date-time */
                            last_accessed_at: string | null;
                            payment_amount: string | null;
                            payment_id: string | null;
                            payment_status: ("pending" | "completed" | "refunded") | (never | null);
                            /** Format: date-time */
                            started_at: string | null;
                            /** @enum {unknown} */
                            status: "active" | "completed" | "dropped" | "suspended";
                            student_id: number;
                            /** Format: date-time */
                            updated_at: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/enrollments/my-courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My enrollments */
        get: {
            parameters: {
                query: {
                    page: number;
                    page_size: number;
                    status?: "active" | "completed" | "dropped" | "suspended";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                completion_percentage: number;
                                course_id: number;
                                course_title: string;
                                /** Format: date-time */
                                enrolled_at: string;
                                id: number;
                                /** @enum {unknown} */
                                status: "active" | "completed" | "dropped" | "suspended";
                            }[];
                            page: number;
                            page_size: number;
                            total: number;
                            total_pages: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/progress/{enrollment_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enrollment_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            completed_lessons: number[];
                            completed_modules: number[];
                            completed_quizzes: number[];
                            completion_percentage: number;
                            current_lesson_id: number | null;
                            current_module_id: number | null;
                            enrollment_id: number;
                            id: number;
                            /** Format: date-time */
                            last_accessed_at: string;
                            /** @description best score per quiz lesson id */
                            quiz_scores: {
                                [key: string]: number;
                            };
                            time_spent_minutes: number;
                            total_lessons: number;
                            total_modules: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/progress/{enrollment_id}/position": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the resume point */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enrollment_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lesson_id: number;
                        module_id: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            completed_lessons: number[];
                            completed_modules: number[];
                            completed_quizzes: number[];
                            completion_percentage: number;
                            current_lesson_id: number | null;
                            current_module_id: number | null;
                            enrollment_id: number;
                            id: number;
                            /** Format: date-time */
                            last_accessed_at: string;
                            /** @description best score per quiz lesson id */
                            quiz_scores: {
                                [key: string]: number;
                            };
                            time_spent_minutes: number;
                            total_lessons: number;
                            total_modules: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/progress/{enrollment_id}/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    enrollment_id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            average_quiz_score: number | null;
                            completed_lessons: number;
                            completed_modules: number;
                            completion_percentage: number;
                            enrollment_id: number;
                            time_spent_minutes: number;
                            total_lessons: number;
                            total_modules: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/progress/lessons/{lesson_id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a lesson (idempotent; time accumulates) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    lesson_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enrollment_id: number;
                        /** @default 0 */
                        time_spent_minutes?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            completed_lessons: number[];
                            completed_modules: number[];
                            completed_quizzes: number[];
                            completion_percentage: number;
                            current_lesson_id: number | null;
                            current_module_id: number | null;
                            enrollment_id: number;
                            id: number;
                            /** Format: date-time */
                            last_accessed_at: string;
                            /** @description best score per quiz lesson id */
                            quiz_scores: {
                                [key: string]: number;
                            };
                            time_spent_minutes: number;
                            total_lessons: number;
                            total_modules: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/progress/quizzes/{quiz_id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a quiz score (the best one is kept; 60 or more completes the lesson) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    quiz_id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enrollment_id: number;
                        /** @description kept rounded to two decimals */
                        score: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            completed_lessons: number[];
                            completed_modules: number[];
                            completed_quizzes: number[];
                            completion_percentage: number;
                            current_lesson_id: number | null;
                            current_module_id: number | null;
                            enrollment_id: number;
                            id: number;
                            /** Format: date-time */
                            last_accessed_at: string;
                            /** @description best score per quiz lesson id */
                            quiz_scores: {
                                [key: string]: number;
                            };
                            time_spent_minutes: number;
                            total_lessons: number;
                            total_modules: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    page: number;
                    page_size: number;
                    role?: "student" | "instructor" | "admin";
                    search?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                email: string;
                                first_name: string | null;
                                id: number;
                                is_active: boolean;
                                last_name: string | null;
                                /** @enum {unknown} */
                                role: "student" | "instructor" | "admin";
                                username: string;
                            }[];
                            page: number;
                            page_size: number;
                            total: number;
                            total_pages: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Self and admins get the full account; other users a public profile without email. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bio: string | null;
                            /** Format: date-time */
                            created_at: string;
                            email: string;
                            first_name: string | null;
                            id: number;
                            is_active: boolean;
                            is_verified: boolean;
                            /** Format: date-time */
                            last_login_at: string | null;
                            last_name: string | null;
                            profile_image_url: string | null;
                            /** @enum {unknown} */
                            role: "student" | "instructor" | "admin";
                            /** Format: date-time */
                            updated_at: string;
                            username: string;
                        } | {
                            bio: string | null;
                            /** Format: date-time */
                            created_at: string;
                            first_name: string | null;
                            id: number;
                            is_verified: boolean;
                            last_name: string | null;
                            profile_image_url: string | null;
                            /** @enum {unknown} */
                            role: "student" | "instructor" | "admin";
                            username: string;
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bio?: string | null;
                        first_name?: string | null;
                        last_name?: string | null;
                        profile_image_url?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bio: string | null;
                            /** Format: date-time */
                            created_at: string;
                            email: string;
                            first_name: string | null;
                            id: number;
                            is_active: boolean;
                            is_verified: boolean;
                            /** Format: date-time */
                            last_login_at: string | null;
                            last_name: string | null;
                            profile_image_url: string | null;
                            /** @enum {unknown} */
                            role: "student" | "instructor" | "admin";
                            /** Format: date-time */
                            updated_at: string;
                            username: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/instructor-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            average_rating: number;
                            bio: string | null;
                            id: number;
                            is_verified: boolean;
                            linkedin_url: string | null;
                            specialization: string | null;
                            total_courses: number;
                            total_reviews: number;
                            total_students: number;
                            user_id: number;
                            website_url: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bio: string | null;
                            /** Format: date-time */
                            created_at: string;
                            email: string;
                            first_name: string | null;
                            id: number;
                            is_active: boolean;
                            is_verified: boolean;
                            /** Format: date-time */
                            last_login_at: string | null;
                            last_name: string | null;
                            profile_image_url: string | null;
                            /** @enum {unknown} */
                            role: "student" | "instructor" | "admin";
                            /** Format: date-time */
                            updated_at: string;
                            username: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me/instructor-profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            average_rating: number;
                            bio: string | null;
                            id: number;
                            is_verified: boolean;
                            linkedin_url: string | null;
                            specialization: string | null;
                            total_courses: number;
                            total_reviews: number;
                            total_students: number;
                            user_id: number;
                            website_url: string | null;
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bio?: string | null;
                        linkedin_url?: string | null;
                        specialization?: string | null;
                        website_url?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            average_rating: number;
                            bio: string | null;
                            id: number;
                            is_verified: boolean;
                            linkedin_url: string | null;
                            specialization: string | null;
                            total_courses: number;
                            total_reviews: number;
                            total_students: number;
                            user_id: number;
                            website_url: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verify/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public verification page (HTML); 404 with the page for unknown codes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description text/html */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
                /** @description text/html */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/html": string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
