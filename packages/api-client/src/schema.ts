// Generated from docs/openapi.json by `npm run generate -w @smartcourse/api-client`. Do not edit.
export interface paths {
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public keys credentials are signed with (JWKS, public) */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/certificates/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events the certificates outbox parked after their delivery kept failing (admin) */
        get: operations["listCertificateDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/certificates/dead-letters/{id}/redrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a parked certificates event back to pending: the relay delivers it again (admin) */
        post: operations["redriveCertificateDeadLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/courses/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events the courses outbox parked after their delivery kept failing (admin) */
        get: operations["listCourseDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/courses/dead-letters/{id}/redrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a parked courses event back to pending: the relay delivers it again (admin) */
        post: operations["redriveCourseDeadLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/enrollments/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events the enrollments outbox parked after their delivery kept failing (admin) */
        get: operations["listEnrollmentDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/enrollments/dead-letters/{id}/redrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a parked enrollments event back to pending: the relay delivers it again (admin) */
        post: operations["redriveEnrollmentDeadLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/progress/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events the progress outbox parked after their delivery kept failing (admin) */
        get: operations["listProgressDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/progress/dead-letters/{id}/redrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a parked progress event back to pending: the relay delivers it again (admin) */
        post: operations["redriveProgressDeadLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/users/dead-letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events the users outbox parked after their delivery kept failing (admin) */
        get: operations["listUserDeadLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/events/users/dead-letters/{id}/redrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put a parked users event back to pending: the relay delivers it again (admin) */
        post: operations["redriveUserDeadLetter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["login"];
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
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password; other sessions end, this one goes on with the returned tokens */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/forgot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a password reset link (always 202, whether or not the account exists) */
        post: operations["forgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the mailed token; ends every session */
        post: operations["resetPassword"];
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
        post: operations["refreshTokens"];
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
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the e-mail address with the mailed token */
        post: operations["verifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify-email/resend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a new verification link to the signed-in user */
        post: operations["resendVerificationEmail"];
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
        post: operations["issueCertificate"];
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
        get: operations["getCertificate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/{id}/credential": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The certificate as a signed Open Badges 3.0 credential (its student, admin) */
        get: operations["getCertificateCredential"];
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
        get: operations["getCertificatePdf"];
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
        post: operations["revokeCertificate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/issuer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The issuer profile of the credentials (public) */
        get: operations["getCredentialIssuer"];
        put?: never;
        post?: never;
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
        get: operations["listMyCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/status-lists/{list}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A revocation Bitstring Status List credential, as a VC-JWT (public) */
        get: operations["getStatusList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/certificates/verify-credential": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify a presented credential: signature, issuer and revocation status (public)
         * @description Always 200 for a well-formed body: `valid` is false for altered, foreign, revoked or unknown credentials.
         */
        post: operations["verifyCredential"];
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
        get: operations["verifyCertificate"];
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
        get: operations["listCourses"];
        put?: never;
        /** Create a draft course (Idempotency-Key: a retry with the same key answers the first response) */
        post: operations["createCourse"];
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
        get: operations["getCourse"];
        /** Update a course */
        put: operations["updateCourse"];
        post?: never;
        /** Archive a course */
        delete: operations["archiveCourse"];
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
        get: operations["getCourseContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{id}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether I may enroll now: every reason against at once (the rules POST /enrollments applies), and my waitlist position */
        get: operations["getEnrollmentEligibility"];
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
        post: operations["addModule"];
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
        put: operations["updateModule"];
        post?: never;
        /** Remove a module and its lessons */
        delete: operations["removeModule"];
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
        post: operations["addLesson"];
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
        put: operations["updateLesson"];
        post?: never;
        /** Remove a lesson */
        delete: operations["removeLesson"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{id}/modules/{mid}/lessons/{lid}/questions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a question to a quiz lesson */
        post: operations["addQuestion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{id}/modules/{mid}/lessons/{lid}/questions/{qid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Replace a question (new attempts use it; recorded attempts keep their version) */
        put: operations["replaceQuestion"];
        post?: never;
        /** Remove a question */
        delete: operations["removeQuestion"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{id}/modules/{mid}/lessons/{lid}/questions/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Reorder a quiz's questions */
        put: operations["reorderQuestions"];
        post?: never;
        delete?: never;
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
        put: operations["reorderLessons"];
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
        put: operations["reorderModules"];
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
        post: operations["publishCourse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/courses/{id}/quizzes/{lesson_id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Attempts, pass rate, scores and per-question results of a quiz */
        get: operations["getQuizStats"];
        put?: never;
        post?: never;
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
        get: operations["getCourseBySlug"];
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
        get: operations["listCourseRoster"];
        put?: never;
        /** Enroll in a published course (200 when a dropped enrollment is re-activated); a paid course answers pending_payment with a checkout_url; a full course with a waitlist answers waitlisted with waitlist_position */
        post: operations["enroll"];
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
        get: operations["getEnrollment"];
        put?: never;
        post?: never;
        /** Drop an enrollment or leave the waitlist (refunded within REFUND_WINDOW_DAYS and before 30 % completion); the freed seat goes to the first waitlisted student */
        delete: operations["dropEnrollment"];
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
        get: operations["getEnrollmentHistory"];
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
        patch: operations["changeEnrollmentStatus"];
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
        get: operations["listMyEnrollments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/payments/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The payment provider's signed webhook (Stripe's scheme; replays are ignored) */
        post: operations["receivePaymentWebhook"];
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
        get: operations["getProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/progress/{enrollment_id}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An enrollment's quiz attempts, oldest first (filter quiz_id) */
        get: operations["listQuizAttempts"];
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
        put: operations["setPosition"];
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
        get: operations["getProgressSummary"];
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
        post: operations["completeLesson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/progress/quizzes/{quiz_id}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start an attempt: the questions, without answers */
        post: operations["startQuizAttempt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/progress/quizzes/{quiz_id}/attempts/{attempt_id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit the answers of an attempt: graded on the server, once */
        post: operations["submitQuizAttempt"];
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
        post: operations["submitQuiz"];
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
        get: operations["listUsers"];
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
        get: operations["getUser"];
        put: operations["updateUser"];
        post?: never;
        delete: operations["deleteUser"];
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
        get: operations["getInstructorProfile"];
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
        get: operations["getMe"];
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
        get: operations["getMyInstructorProfile"];
        put: operations["updateMyInstructorProfile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which notification mails the signed-in user gets */
        get: operations["getNotificationPreferences"];
        /** Turn notification mails on or off, kind by kind */
        put: operations["updateNotificationPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public form to type a verification code in (HTML); `?code=` leads to its page */
        get: operations["verifyFormPage"];
        put?: never;
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
        get: operations["verificationPage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verify/credential": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Public page checking a pasted credential (HTML form post) */
        post: operations["verifyCredentialPage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AttemptListParams: {
            enrollment_id: number;
        };
        AttemptResponse: {
            attempt_id: number;
            attempt_number: number;
            enrollment_id: number;
            expires_at: string | null;
            feedback: {
                accepted_answers: string[] | null;
                answer: {
                    option_ids?: string[];
                    value?: number | string;
                } | null;
                correct_option_ids: string[] | null;
                explanation: string | null;
                is_correct: boolean;
                max_points: number;
                points_awarded: number;
                question_id: number;
                tolerance: number | null;
                value: number | null;
            }[] | null;
            max_points: number;
            pass_mark: number;
            passed: boolean | null;
            points: number | null;
            questions: {
                options: {
                    option_id: string;
                    text: string;
                }[] | null;
                partial_credit: boolean;
                points: number;
                question_id: number;
                text: string;
                /** @enum {unknown} */
                type: "single_choice" | "multiple_choice" | "true_false" | "numeric" | "short_text";
            }[];
            quiz_id: number;
            quiz_version: number;
            score: number | null;
            /** Format: date-time */
            started_at: string;
            /** @enum {unknown} */
            status: "in_progress" | "submitted" | "expired";
            submitted_at: string | null;
        };
        AttemptStartBody: {
            enrollment_id: number;
        };
        AttemptSubmitBody: {
            answers: {
                option_ids?: string[];
                question_id: number;
                value?: number | string;
            }[];
        };
        BioInput: string | null;
        CertificateResponse: {
            /**
             * @description graded: every quiz counted was graded by the platform; self_reported: at least one score was reported by the learner; none: no quizzes
             * @enum {unknown}
             */
            assessment: "graded" | "self_reported" | "none";
            /** @example SC-2026-000042 */
            certificate_number: string;
            /** @description the printable PDF */
            certificate_url: string;
            course_id: number;
            /** @description as it was when the certificate was issued */
            course_title: string;
            /** Format: date-time */
            created_at: string;
            /** @description the signed Open Badges 3.0 credential (JSON) */
            credential_url: string;
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
            /** @description LinkedIn's add-to-profile link, pre-filled with name, issuer, date, URL and id */
            linkedin_add_to_profile_url: string;
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
        CertificateVerifyResponse: {
            assessment: ("graded" | "self_reported" | "none") | null;
            certificate_number: string | null;
            course_title: string | null;
            grade: string | null;
            is_revoked: boolean;
            issue_date: string | null;
            message: string;
            revoked_at: string | null;
            student_name: string | null;
            valid: boolean;
        };
        ChangePasswordBody: {
            current_password: string;
            new_password: string;
        };
        CourseContentResponse: {
            course_id: number;
            modules: components["schemas"]["ModuleResponse"][];
            total_duration_minutes: number;
            total_lessons: number;
            total_modules: number;
        };
        CourseCreate: {
            category?: string | null;
            /** @description ISO 4217 code, e.g. USD */
            currency?: string;
            description?: string | null;
            enrollment_end?: string | null;
            enrollment_start?: string | null;
            language?: string;
            learning_objectives?: string | null;
            level?: ("beginner" | "intermediate" | "advanced") | null;
            long_description?: string | null;
            max_students?: number | null;
            /** @description Published or archived courses a student must have completed to enroll */
            prerequisite_course_ids?: number[];
            prerequisites?: string | null;
            price?: number | string;
            thumbnail_url?: string | null;
            title: string;
            video_preview_url?: string | null;
            waitlist_enabled?: boolean;
        };
        CourseListItem: {
            category: string | null;
            currency: string;
            description: string | null;
            enrollment_end: string | null;
            enrollment_start: string | null;
            id: number;
            instructor_id: number;
            level: ("beginner" | "intermediate" | "advanced") | null;
            price: string;
            published_at: string | null;
            slug: string;
            /** @enum {unknown} */
            status: "draft" | "published" | "archived";
            thumbnail_url: string | null;
            title: string;
        };
        CourseListResponse: {
            items: components["schemas"]["CourseListItem"][];
            page: number;
            page_size: number;
            total: number;
            total_pages: number;
        };
        CourseResponse: {
            category: string | null;
            /** Format: date-time */
            created_at: string;
            currency: string;
            description: string | null;
            duration_hours: number | null;
            enrollment_end: string | null;
            enrollment_start: string | null;
            id: number;
            instructor_id: number;
            language: string;
            learning_objectives: string | null;
            level: ("beginner" | "intermediate" | "advanced") | null;
            long_description: string | null;
            max_students: number | null;
            prerequisite_course_ids: number[];
            prerequisite_courses: {
                id: number;
                slug: string;
                /** @enum {unknown} */
                status: "draft" | "published" | "archived";
                title: string;
            }[];
            prerequisites: string | null;
            price: string;
            published_at: string | null;
            slug: string;
            /** @enum {unknown} */
            status: "draft" | "published" | "archived";
            thumbnail_url: string | null;
            title: string;
            updated_at: string | null;
            video_preview_url: string | null;
            waitlist_enabled: boolean;
        };
        CourseUpdate: {
            category?: string | null;
            /** @description ISO 4217 code, e.g. USD */
            currency?: string;
            description?: string | null;
            enrollment_end?: string | null;
            enrollment_start?: string | null;
            language?: string;
            learning_objectives?: string | null;
            level?: ("beginner" | "intermediate" | "advanced") | null;
            long_description?: string | null;
            max_students?: number | null;
            /** @description Published or archived courses a student must have completed to enroll */
            prerequisite_course_ids?: number[];
            prerequisites?: string | null;
            price?: number | string;
            thumbnail_url?: string | null;
            title?: string;
            video_preview_url?: string | null;
            waitlist_enabled?: boolean;
        };
        EnrollmentCreateBody: {
            course_id: number;
            /** @default web */
            enrollment_source: string;
            payment_amount?: (number | string) | null;
            payment_id?: string | null;
            student_id?: number;
        };
        EnrollmentResponse: {
            checkout_url: string | null;
            completed_at: string | null;
            completion_percentage: number;
            course_id: number;
            /** Format: date-time */
            created_at: string;
            dropped_at: string | null;
            /** Format: date-time */
            enrolled_at: string;
            enrollment_source: string;
            id: number;
            last_accessed_at: string | null;
            payment_amount: string | null;
            payment_hold_expires_at: string | null;
            payment_id: string | null;
            payment_issue: string | null;
            payment_status: ("pending" | "completed" | "refunded") | null;
            started_at: string | null;
            /** @enum {unknown} */
            status: "active" | "completed" | "dropped" | "suspended" | "pending_payment" | "waitlisted";
            student_id: number;
            updated_at: string | null;
            waitlist_position: number | null;
        };
        EnrollmentStatusBody: {
            reason?: string | null;
            /** @enum {unknown} */
            status: "active" | "dropped" | "suspended";
        };
        ErrorResponse: {
            details?: unknown;
            error_code: string;
            message: string;
            /** @enum {boolean} */
            success: false;
        };
        ForgotPasswordBody: {
            /** Format: email */
            email: string;
        };
        InstructorProfileResponse: {
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
        InstructorProfileUpdateBody: {
            bio?: components["schemas"]["BioInput"];
            linkedin_url?: string | null;
            specialization?: string | null;
            website_url?: string | null;
        };
        IssueCertificateBody: {
            enrollment_id: number;
        };
        LessonCompleteBody: {
            enrollment_id: number;
            /** @default 0 */
            time_spent_minutes: number;
        };
        LessonCreate: {
            content?: string | null;
            description?: string | null;
            duration_minutes?: number | null;
            is_mandatory?: boolean;
            is_preview?: boolean;
            quiz_settings?: components["schemas"]["QuizSettingsInput"];
            title: string;
            /** @enum {unknown} */
            type: "video" | "text" | "quiz" | "assignment";
            video_url?: string | null;
        };
        LessonResponse: {
            content: string | null;
            description: string | null;
            duration_minutes: number | null;
            is_mandatory: boolean;
            is_preview: boolean;
            lesson_id: number;
            order: number;
            question_count: number;
            questions: components["schemas"]["QuestionResponse"][] | null;
            quiz_settings: {
                /** @default null */
                max_attempts: number | null;
                /** @default 60 */
                pass_mark: number;
                /**
                 * @default submit
                 * @enum {unknown}
                 */
                show_answers_after: "never" | "submit" | "passed";
                /** @default false */
                shuffle_options: boolean;
                /** @default false */
                shuffle_questions: boolean;
                /** @default null */
                time_limit_minutes: number | null;
            } | null;
            title: string;
            /** @enum {unknown} */
            type: "video" | "text" | "quiz" | "assignment";
            video_url: string | null;
        };
        LessonUpdate: {
            content?: string | null;
            description?: string | null;
            duration_minutes?: number | null;
            is_mandatory?: boolean;
            is_preview?: boolean;
            quiz_settings?: components["schemas"]["QuizSettingsInput"];
            title?: string;
            /** @enum {unknown} */
            type?: "video" | "text" | "quiz" | "assignment";
            video_url?: string | null;
        };
        LoginBody: {
            /** Format: email */
            email: string;
            password: string;
        };
        MessageResponse: {
            message: string;
        };
        ModuleCreate: {
            description?: string | null;
            is_published?: boolean;
            title: string;
        };
        ModuleResponse: {
            description: string | null;
            is_published: boolean;
            lessons: components["schemas"]["LessonResponse"][];
            module_id: number;
            order: number;
            title: string;
        };
        ModuleUpdate: {
            description?: string | null;
            is_published?: boolean;
            title?: string;
        };
        MyCourseItem: {
            checkout_url: string | null;
            completion_percentage: number;
            course_id: number;
            course_title: string;
            /** Format: date-time */
            enrolled_at: string;
            id: number;
            payment_hold_expires_at: string | null;
            payment_status: ("pending" | "completed" | "refunded") | null;
            /** @enum {unknown} */
            status: "active" | "completed" | "dropped" | "suspended" | "pending_payment" | "waitlisted";
            waitlist_position: number | null;
        };
        MyCoursesPage: {
            items: components["schemas"]["MyCourseItem"][];
            page: number;
            page_size: number;
            total: number;
            total_pages: number;
        };
        NameInput: string | null;
        NotificationPreferences: {
            certificate_issued: boolean;
            certificate_revoked: boolean;
            enrollment_confirmed: boolean;
            waitlist_promoted: boolean;
        };
        NotificationPreferencesBody: {
            certificate_issued?: boolean;
            certificate_revoked?: boolean;
            enrollment_confirmed?: boolean;
            waitlist_promoted?: boolean;
        };
        PositionBody: {
            lesson_id: number;
            module_id: number;
        };
        ProgressResponse: {
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
        ProgressSummary: {
            average_quiz_score: number | null;
            completed_lessons: number;
            completed_modules: number;
            completion_percentage: number;
            enrollment_id: number;
            time_spent_minutes: number;
            total_lessons: number;
            total_modules: number;
        };
        PublicUserResponse: {
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
        QuestionBody: {
            accepted_answers?: string[];
            explanation?: string | null;
            options?: {
                is_correct: boolean;
                option_id: string;
                text: string;
            }[];
            /** @description multiple_choice only (default false: all or nothing) */
            partial_credit?: boolean;
            points: number;
            text: string;
            tolerance?: number;
            /** @enum {unknown} */
            type: "single_choice" | "multiple_choice" | "true_false" | "numeric" | "short_text";
            value?: number;
        };
        QuestionResponse: {
            accepted_answers: string[] | null;
            explanation: string | null;
            options: {
                is_correct: boolean;
                option_id: string;
                text: string;
            }[] | null;
            order: number;
            partial_credit: boolean;
            points: number;
            question_id: number;
            text: string;
            tolerance: number | null;
            /** @enum {unknown} */
            type: "single_choice" | "multiple_choice" | "true_false" | "numeric" | "short_text";
            value: number | null;
        };
        QuizSettingsInput: {
            max_attempts?: number | null;
            /** @description percent, default 60 */
            pass_mark?: number;
            /** @enum {unknown} */
            show_answers_after?: "never" | "submit" | "passed";
            shuffle_options?: boolean;
            shuffle_questions?: boolean;
            time_limit_minutes?: number | null;
        };
        QuizStatsParams: {
            quiz_id: number;
        };
        QuizSubmitBody: {
            enrollment_id: number;
            /** @description kept rounded to two decimals */
            score: number;
        };
        RefreshBody: {
            refresh_token: string;
        };
        RegisterBody: {
            /** Format: email */
            email: string;
            first_name?: components["schemas"]["NameInput"];
            last_name?: components["schemas"]["NameInput"];
            password: string;
            /** @enum {unknown} */
            role?: "student" | "instructor";
            username: string;
        };
        ReorderBody: {
            ids: number[];
        };
        ResetPasswordBody: {
            new_password: string;
            token: string;
        };
        RevokeCertificateBody: {
            reason: string;
        };
        RosterPage: {
            items: components["schemas"]["EnrollmentResponse"][];
            page: number;
            page_size: number;
            total: number;
            total_pages: number;
        };
        StatusHistoryEntry: {
            /** Format: date-time */
            changed_at: string;
            changed_by: number | null;
            from_status: ("active" | "completed" | "dropped" | "suspended" | "pending_payment" | "waitlisted") | null;
            reason: string | null;
            /** @enum {unknown} */
            to_status: "active" | "completed" | "dropped" | "suspended" | "pending_payment" | "waitlisted";
        };
        TokenResponse: {
            access_token: string;
            expires_in: number;
            refresh_token: string;
            /** @enum {string} */
            token_type: "bearer";
        };
        UserListItem: {
            email: string;
            first_name: string | null;
            id: number;
            is_active: boolean;
            last_name: string | null;
            /** @enum {unknown} */
            role: "student" | "instructor" | "admin";
            username: string;
        };
        UserResponse: {
            bio: string | null;
            /** Format: date-time */
            created_at: string;
            email: string;
            first_name: string | null;
            id: number;
            is_active: boolean;
            is_verified: boolean;
            last_login_at: string | null;
            last_name: string | null;
            profile_image_url: string | null;
            /** @enum {unknown} */
            role: "student" | "instructor" | "admin";
            /** Format: date-time */
            updated_at: string;
            username: string;
        };
        UserUpdateBody: {
            bio?: components["schemas"]["BioInput"];
            first_name?: components["schemas"]["NameInput"];
            last_name?: components["schemas"]["NameInput"];
            profile_image_url?: string | null;
        };
        VerifyEmailBody: {
            token: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getJwks: {
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
                        keys: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listCertificateDeadLetters: {
        parameters: {
            query: {
                page: number;
                page_size: number;
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
                            attempts: number;
                            /** @description The subscribing service it failed to reach */
                            destination: string;
                            /** Format: uuid */
                            event_id: string;
                            /** @description Outbox row id (what redrive takes) */
                            id: number;
                            last_error: string | null;
                            /** Format: date-time */
                            occurred_at: string;
                            parked_at: string | null;
                            redriven_at: string | null;
                            /** @enum {unknown} */
                            status: "parked" | "pending" | "delivered";
                            type: string;
                        }[];
                        page: number;
                        page_size: number;
                        total: number;
                        total_pages: number;
                    };
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    redriveCertificateDeadLetter: {
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
                        attempts: number;
                        /** @description The subscribing service it failed to reach */
                        destination: string;
                        /** Format: uuid */
                        event_id: string;
                        /** @description Outbox row id (what redrive takes) */
                        id: number;
                        last_error: string | null;
                        /** Format: date-time */
                        occurred_at: string;
                        parked_at: string | null;
                        redriven_at: string | null;
                        /** @enum {unknown} */
                        status: "parked" | "pending" | "delivered";
                        type: string;
                    };
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listCourseDeadLetters: {
        parameters: {
            query: {
                page: number;
                page_size: number;
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
                            attempts: number;
                            /** @description The subscribing service it failed to reach */
                            destination: string;
                            /** Format: uuid */
                            event_id: string;
                            /** @description Outbox row id (what redrive takes) */
                            id: number;
                            last_error: string | null;
                            /** Format: date-time */
                            occurred_at: string;
                            parked_at: string | null;
                            redriven_at: string | null;
                            /** @enum {unknown} */
                            status: "parked" | "pending" | "delivered";
                            type: string;
                        }[];
                        page: number;
                        page_size: number;
                        total: number;
                        total_pages: number;
                    };
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    redriveCourseDeadLetter: {
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
                        attempts: number;
                        /** @description The subscribing service it failed to reach */
                        destination: string;
                        /** Format: uuid */
                        event_id: string;
                        /** @description Outbox row id (what redrive takes) */
                        id: number;
                        last_error: string | null;
                        /** Format: date-time */
                        occurred_at: string;
                        parked_at: string | null;
                        redriven_at: string | null;
                        /** @enum {unknown} */
                        status: "parked" | "pending" | "delivered";
                        type: string;
                    };
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listEnrollmentDeadLetters: {
        parameters: {
            query: {
                page: number;
                page_size: number;
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
                            attempts: number;
                            /** @description The subscribing service it failed to reach */
                            destination: string;
                            /** Format: uuid */
                            event_id: string;
                            /** @description Outbox row id (what redrive takes) */
                            id: number;
                            last_error: string | null;
                            /** Format: date-time */
                            occurred_at: string;
                            parked_at: string | null;
                            redriven_at: string | null;
                            /** @enum {unknown} */
                            status: "parked" | "pending" | "delivered";
                            type: string;
                        }[];
                        page: number;
                        page_size: number;
                        total: number;
                        total_pages: number;
                    };
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    redriveEnrollmentDeadLetter: {
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
                        attempts: number;
                        /** @description The subscribing service it failed to reach */
                        destination: string;
                        /** Format: uuid */
                        event_id: string;
                        /** @description Outbox row id (what redrive takes) */
                        id: number;
                        last_error: string | null;
                        /** Format: date-time */
                        occurred_at: string;
                        parked_at: string | null;
                        redriven_at: string | null;
                        /** @enum {unknown} */
                        status: "parked" | "pending" | "delivered";
                        type: string;
                    };
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listProgressDeadLetters: {
        parameters: {
            query: {
                page: number;
                page_size: number;
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
                            attempts: number;
                            /** @description The subscribing service it failed to reach */
                            destination: string;
                            /** Format: uuid */
                            event_id: string;
                            /** @description Outbox row id (what redrive takes) */
                            id: number;
                            last_error: string | null;
                            /** Format: date-time */
                            occurred_at: string;
                            parked_at: string | null;
                            redriven_at: string | null;
                            /** @enum {unknown} */
                            status: "parked" | "pending" | "delivered";
                            type: string;
                        }[];
                        page: number;
                        page_size: number;
                        total: number;
                        total_pages: number;
                    };
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    redriveProgressDeadLetter: {
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
                        attempts: number;
                        /** @description The subscribing service it failed to reach */
                        destination: string;
                        /** Format: uuid */
                        event_id: string;
                        /** @description Outbox row id (what redrive takes) */
                        id: number;
                        last_error: string | null;
                        /** Format: date-time */
                        occurred_at: string;
                        parked_at: string | null;
                        redriven_at: string | null;
                        /** @enum {unknown} */
                        status: "parked" | "pending" | "delivered";
                        type: string;
                    };
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listUserDeadLetters: {
        parameters: {
            query: {
                page: number;
                page_size: number;
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
                            attempts: number;
                            /** @description The subscribing service it failed to reach */
                            destination: string;
                            /** Format: uuid */
                            event_id: string;
                            /** @description Outbox row id (what redrive takes) */
                            id: number;
                            last_error: string | null;
                            /** Format: date-time */
                            occurred_at: string;
                            parked_at: string | null;
                            redriven_at: string | null;
                            /** @enum {unknown} */
                            status: "parked" | "pending" | "delivered";
                            type: string;
                        }[];
                        page: number;
                        page_size: number;
                        total: number;
                        total_pages: number;
                    };
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    redriveUserDeadLetter: {
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
                        attempts: number;
                        /** @description The subscribing service it failed to reach */
                        destination: string;
                        /** Format: uuid */
                        event_id: string;
                        /** @description Outbox row id (what redrive takes) */
                        id: number;
                        last_error: string | null;
                        /** Format: date-time */
                        occurred_at: string;
                        parked_at: string | null;
                        redriven_at: string | null;
                        /** @enum {unknown} */
                        status: "parked" | "pending" | "delivered";
                        type: string;
                    };
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    forgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgotPasswordBody"];
            };
        };
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResetPasswordBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description INVALID_RESET_TOKEN or INVALID_VERIFICATION_TOKEN: the mailed token is unknown, used or expired */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    refreshTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterBody"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description CONFLICT or a more specific code (EMAIL_TAKEN, USERNAME_TAKEN, COURSE_NOT_PUBLISHED, COURSE_FULL, ALREADY_ENROLLED, OWN_COURSE, ENROLLMENT_NOT_OPEN, ENROLLMENT_CLOSED, PREREQUISITES_NOT_MET, ENROLLMENT_NOT_ACTIVE, ENROLLMENT_NOT_COMPLETED, IDEMPOTENCY_IN_PROGRESS, EMAIL_NOT_VERIFIED, ALREADY_VERIFIED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    verifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyEmailBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description INVALID_RESET_TOKEN or INVALID_VERIFICATION_TOKEN: the mailed token is unknown, used or expired */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    resendVerificationEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description CONFLICT or a more specific code (EMAIL_TAKEN, USERNAME_TAKEN, COURSE_NOT_PUBLISHED, COURSE_FULL, ALREADY_ENROLLED, OWN_COURSE, ENROLLMENT_NOT_OPEN, ENROLLMENT_CLOSED, PREREQUISITES_NOT_MET, ENROLLMENT_NOT_ACTIVE, ENROLLMENT_NOT_COMPLETED, IDEMPOTENCY_IN_PROGRESS, EMAIL_NOT_VERIFIED, ALREADY_VERIFIED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    issueCertificate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): the same key with the same body within 24 h answers the first response again, with `Idempotent-Replayed: true` */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueCertificateBody"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description CONFLICT or a more specific code (EMAIL_TAKEN, USERNAME_TAKEN, COURSE_NOT_PUBLISHED, COURSE_FULL, ALREADY_ENROLLED, OWN_COURSE, ENROLLMENT_NOT_OPEN, ENROLLMENT_CLOSED, PREREQUISITES_NOT_MET, ENROLLMENT_NOT_ACTIVE, ENROLLMENT_NOT_COMPLETED, IDEMPOTENCY_IN_PROGRESS, EMAIL_NOT_VERIFIED, ALREADY_VERIFIED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCertificate: {
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
                    "application/json": components["schemas"]["CertificateResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCertificateCredential: {
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
                        /** @description the payload of `jwt`, decoded */
                        credential: {
                            [key: string]: unknown;
                        };
                        /** @description the Open Badges 3.0 credential signed as a VC-JWT (EdDSA, Ed25519) */
                        jwt: string;
                    };
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCertificatePdf: {
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
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    revokeCertificate: {
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
                "application/json": components["schemas"]["RevokeCertificateBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description CONFLICT or a more specific code (EMAIL_TAKEN, USERNAME_TAKEN, COURSE_NOT_PUBLISHED, COURSE_FULL, ALREADY_ENROLLED, OWN_COURSE, ENROLLMENT_NOT_OPEN, ENROLLMENT_CLOSED, PREREQUISITES_NOT_MET, ENROLLMENT_NOT_ACTIVE, ENROLLMENT_NOT_COMPLETED, IDEMPOTENCY_IN_PROGRESS, EMAIL_NOT_VERIFIED, ALREADY_VERIFIED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCredentialIssuer: {
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
                        [key: string]: unknown;
                    };
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listMyCertificates: {
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
                    "application/json": components["schemas"]["CertificateResponse"][];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getStatusList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                list: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description application/vc+jwt */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vc+jwt": string;
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vc+jwt": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vc+jwt": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vc+jwt": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    verifyCredential: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description a VC-JWT (compact JWS) */
                    credential: string;
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
                        certificate_number: string | null;
                        checks: {
                            /** @description issued by this platform */
                            issuer: boolean;
                            signature: boolean;
                            status: "active" | "revoked" | "unknown" | "not_checked";
                        };
                        course_title: string | null;
                        issue_date: string | null;
                        message: string;
                        revoked_at: string | null;
                        student_name: string | null;
                        valid: boolean;
                    };
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    verifyCertificate: {
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
                    "application/json": components["schemas"]["CertificateVerifyResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listCourses: {
        parameters: {
            query: {
                category?: string;
                instructor_id?: number;
                level?: "beginner" | "intermediate" | "advanced";
                /** @description true: the caller's own courses, any status */
                mine?: boolean;
                /** @description true: only courses whose enrollment window is open now (or has none) */
                open?: boolean;
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
                    "application/json": components["schemas"]["CourseListResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createCourse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): the same key with the same body within 24 h answers the first response again, with `Idempotent-Replayed: true` */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CourseCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description CONFLICT or a more specific code (EMAIL_TAKEN, USERNAME_TAKEN, COURSE_NOT_PUBLISHED, COURSE_FULL, ALREADY_ENROLLED, OWN_COURSE, ENROLLMENT_NOT_OPEN, ENROLLMENT_CLOSED, PREREQUISITES_NOT_MET, ENROLLMENT_NOT_ACTIVE, ENROLLMENT_NOT_COMPLETED, IDEMPOTENCY_IN_PROGRESS, EMAIL_NOT_VERIFIED, ALREADY_VERIFIED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCourse: {
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
                    "application/json": components["schemas"]["CourseResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateCourse: {
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
                "application/json": components["schemas"]["CourseUpdate"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    archiveCourse: {
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
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCourseContent: {
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
                    "application/json": components["schemas"]["CourseContentResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getEnrollmentEligibility: {
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
                        can_enroll: boolean;
                        enrolls_as: ("active" | "pending_payment" | "waitlisted") | null;
                        reasons: {
                            /** @enum {unknown} */
                            code: "NOT_PUBLISHED" | "OWN_COURSE" | "ALREADY_ENROLLED" | "COURSE_FULL" | "ENROLLMENT_NOT_OPEN" | "ENROLLMENT_CLOSED" | "PREREQUISITES_NOT_MET";
                            message: string;
                            missing_course_ids?: number[];
                        }[];
                        waitlist_position: number | null;
                    };
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    addModule: {
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
                "application/json": components["schemas"]["ModuleCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateModule: {
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
                "application/json": components["schemas"]["ModuleUpdate"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ModuleResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    removeModule: {
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
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    addLesson: {
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
                "application/json": components["schemas"]["LessonCreate"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LessonResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateLesson: {
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
                "application/json": components["schemas"]["LessonUpdate"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LessonResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    removeLesson: {
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
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    addQuestion: {
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
                "application/json": components["schemas"]["QuestionBody"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    replaceQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                lid: number;
                mid: number;
                qid: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuestionBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QuestionResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    removeQuestion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                lid: number;
                mid: number;
                qid: number;
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
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    reorderQuestions: {
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
                "application/json": components["schemas"]["ReorderBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LessonResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    reorderLessons: {
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
                "application/json": components["schemas"]["ReorderBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseContentResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    reorderModules: {
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
                "application/json": components["schemas"]["ReorderBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourseContentResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    publishCourse: {
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
                    "application/json": components["schemas"]["CourseResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getQuizStats: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                lesson_id: number;
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
                        /** @description submitted attempts */
                        attempts: number;
                        average_score: number | null;
                        median_score: number | null;
                        pass_rate: number | null;
                        questions: {
                            answered: number;
                            correct_share: number | null;
                            most_chosen_wrong_option: {
                                count: number;
                                option_id: string;
                                text: string;
                            } | null;
                            question_id: number;
                        }[];
                        quiz_id: number;
                        students: number;
                    };
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCourseBySlug: {
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
                    "application/json": components["schemas"]["CourseResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listCourseRoster: {
        parameters: {
            query: {
                course_id: number;
                page: number;
                page_size: number;
                status?: "active" | "completed" | "dropped" | "suspended" | "pending_payment" | "waitlisted";
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
                    "application/json": components["schemas"]["RosterPage"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    enroll: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): the same key with the same body within 24 h answers the first response again, with `Idempotent-Replayed: true` */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrollmentCreateBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentResponse"];
                };
            };
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description CONFLICT or a more specific code (EMAIL_TAKEN, USERNAME_TAKEN, COURSE_NOT_PUBLISHED, COURSE_FULL, ALREADY_ENROLLED, OWN_COURSE, ENROLLMENT_NOT_OPEN, ENROLLMENT_CLOSED, PREREQUISITES_NOT_MET, ENROLLMENT_NOT_ACTIVE, ENROLLMENT_NOT_COMPLETED, IDEMPOTENCY_IN_PROGRESS, EMAIL_NOT_VERIFIED, ALREADY_VERIFIED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getEnrollment: {
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
                    "application/json": components["schemas"]["EnrollmentResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    dropEnrollment: {
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
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description CONFLICT or a more specific code (EMAIL_TAKEN, USERNAME_TAKEN, COURSE_NOT_PUBLISHED, COURSE_FULL, ALREADY_ENROLLED, OWN_COURSE, ENROLLMENT_NOT_OPEN, ENROLLMENT_CLOSED, PREREQUISITES_NOT_MET, ENROLLMENT_NOT_ACTIVE, ENROLLMENT_NOT_COMPLETED, IDEMPOTENCY_IN_PROGRESS, EMAIL_NOT_VERIFIED, ALREADY_VERIFIED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getEnrollmentHistory: {
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
                    "application/json": components["schemas"]["StatusHistoryEntry"][];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    changeEnrollmentStatus: {
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
                "application/json": components["schemas"]["EnrollmentStatusBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrollmentResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description CONFLICT or a more specific code (EMAIL_TAKEN, USERNAME_TAKEN, COURSE_NOT_PUBLISHED, COURSE_FULL, ALREADY_ENROLLED, OWN_COURSE, ENROLLMENT_NOT_OPEN, ENROLLMENT_CLOSED, PREREQUISITES_NOT_MET, ENROLLMENT_NOT_ACTIVE, ENROLLMENT_NOT_COMPLETED, IDEMPOTENCY_IN_PROGRESS, EMAIL_NOT_VERIFIED, ALREADY_VERIFIED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listMyEnrollments: {
        parameters: {
            query: {
                page: number;
                page_size: number;
                status?: "active" | "completed" | "dropped" | "suspended" | "pending_payment" | "waitlisted";
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
                    "application/json": components["schemas"]["MyCoursesPage"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    receivePaymentWebhook: {
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
                        /** @enum {unknown} */
                        status: "processed" | "duplicate" | "ignored";
                    };
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getProgress: {
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
                    "application/json": components["schemas"]["ProgressResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listQuizAttempts: {
        parameters: {
            query?: {
                quiz_id?: number;
            };
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
                    "application/json": components["schemas"]["AttemptResponse"][];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    setPosition: {
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
                "application/json": components["schemas"]["PositionBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description CONFLICT or a more specific code (EMAIL_TAKEN, USERNAME_TAKEN, COURSE_NOT_PUBLISHED, COURSE_FULL, ALREADY_ENROLLED, OWN_COURSE, ENROLLMENT_NOT_OPEN, ENROLLMENT_CLOSED, PREREQUISITES_NOT_MET, ENROLLMENT_NOT_ACTIVE, ENROLLMENT_NOT_COMPLETED, IDEMPOTENCY_IN_PROGRESS, EMAIL_NOT_VERIFIED, ALREADY_VERIFIED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getProgressSummary: {
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
                    "application/json": components["schemas"]["ProgressSummary"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    completeLesson: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): the same key with the same body within 24 h answers the first response again, with `Idempotent-Replayed: true` */
                "idempotency-key"?: string;
            };
            path: {
                lesson_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LessonCompleteBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description CONFLICT or a more specific code (EMAIL_TAKEN, USERNAME_TAKEN, COURSE_NOT_PUBLISHED, COURSE_FULL, ALREADY_ENROLLED, OWN_COURSE, ENROLLMENT_NOT_OPEN, ENROLLMENT_CLOSED, PREREQUISITES_NOT_MET, ENROLLMENT_NOT_ACTIVE, ENROLLMENT_NOT_COMPLETED, IDEMPOTENCY_IN_PROGRESS, EMAIL_NOT_VERIFIED, ALREADY_VERIFIED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    startQuizAttempt: {
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
                "application/json": components["schemas"]["AttemptStartBody"];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    submitQuizAttempt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attempt_id: number;
                quiz_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttemptSubmitBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    submitQuiz: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): the same key with the same body within 24 h answers the first response again, with `Idempotent-Replayed: true` */
                "idempotency-key"?: string;
            };
            path: {
                quiz_id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["QuizSubmitBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgressResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description CONFLICT or a more specific code (EMAIL_TAKEN, USERNAME_TAKEN, COURSE_NOT_PUBLISHED, COURSE_FULL, ALREADY_ENROLLED, OWN_COURSE, ENROLLMENT_NOT_OPEN, ENROLLMENT_CLOSED, PREREQUISITES_NOT_MET, ENROLLMENT_NOT_ACTIVE, ENROLLMENT_NOT_COMPLETED, IDEMPOTENCY_IN_PROGRESS, EMAIL_NOT_VERIFIED, ALREADY_VERIFIED) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listUsers: {
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
                        items: components["schemas"]["UserListItem"][];
                        page: number;
                        page_size: number;
                        total: number;
                        total_pages: number;
                    };
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getUser: {
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
                    "application/json": components["schemas"]["UserResponse"] | components["schemas"]["PublicUserResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateUser: {
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
                "application/json": components["schemas"]["UserUpdateBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteUser: {
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
                    "application/json": components["schemas"]["MessageResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getInstructorProfile: {
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
                    "application/json": components["schemas"]["InstructorProfileResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getMe: {
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
                    "application/json": components["schemas"]["UserResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getMyInstructorProfile: {
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
                    "application/json": components["schemas"]["InstructorProfileResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateMyInstructorProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InstructorProfileUpdateBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstructorProfileResponse"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description FORBIDDEN (or INVALID_CURRENT_PASSWORD): the caller may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description NOT_FOUND: the resource does not exist or is hidden from the caller */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getNotificationPreferences: {
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
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NotificationPreferencesBody"];
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            /** @description UNAUTHORIZED (or INVALID_CREDENTIALS): no valid access token; sent with `WWW-Authenticate: Bearer` */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    verifyFormPage: {
        parameters: {
            query?: {
                code?: string;
            };
            header?: never;
            path?: never;
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
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    verificationPage: {
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
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    verifyCredentialPage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    credential?: string;
                };
                "application/x-www-form-urlencoded": {
                    credential?: string;
                };
            };
        };
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
            /** @description PAYLOAD_TOO_LARGE: the body is above the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description VALIDATION_ERROR (or LESSON_NOT_IN_COURSE, LESSON_NOT_QUIZ, COURSE_EMPTY, IDEMPOTENCY_KEY_REUSED): `details` lists the fields */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description RATE_LIMIT_EXCEEDED, LOGIN_THROTTLED or MAIL_THROTTLED; sent with `Retry-After` */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description INTERNAL_ERROR: never carries a stack trace or SQL */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the gateway could not reach the service */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description SERVICE_UNAVAILABLE: the database or a service this request needs is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description GATEWAY_TIMEOUT: the service did not answer in time */
            504: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
