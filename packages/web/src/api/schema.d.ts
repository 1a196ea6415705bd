// Generated from docs/openapi.json by `npm run api:gen -w @jenjang/server`. Do not edit.
export interface paths {
    "/api/v1/instance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether this deployment is a demo, and whether a first government still has to be set up */
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
                        "application/json": components["schemas"]["Instance"];
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
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Sign in with a username or NIP. Failed attempts slow further ones per account, address and known device (429 with Retry-After); an unknown login is answered like a wrong password. */
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
                        username: string;
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
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
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
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/auth/password": {
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
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/auth/set-password": {
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
                        token: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/auth/locale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
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
                        /** @enum {string} */
                        locale: "id" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
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
    "/api/v1/employees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    sort?: "name" | "-name" | "nip" | "-nip" | "golongan" | "-golongan" | "birthDate" | "-birthDate";
                    unitId?: number;
                    golongan?: string;
                    positionKind?: string;
                    employeeType?: "PNS" | "PPPK";
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
                        "application/json": components["schemas"]["EmployeePage"];
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
    "/api/v1/employees/{id}": {
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
                        "application/json": components["schemas"]["EmployeeDetail"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Corrects fields of one employee (not the NIP). `version` is the record as read: a record changed since answers 409. The next import still overwrites the fields its file carries. */
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
                    "application/json": components["schemas"]["CorrectEmployeeInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EmployeeCorrected"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Units as a flat list; closed units (from their effective date) only with includeClosed. */
        get: {
            parameters: {
                query?: {
                    includeClosed?: "true" | "false";
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
                        "application/json": components["schemas"]["UnitList"];
                    };
                };
            };
        };
        put?: never;
        /** @description Creates a unit under an open parent (parentId null: at the top, an OPD). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateUnitInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Unit"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Unit"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/golongan": {
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
                        "application/json": components["schemas"]["GolonganList"];
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
    "/api/v1/units/{id}": {
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
                    "application/json": components["schemas"]["RenameUnitInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Unit"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/units/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Moves a unit with its subtree under another parent; never into its own subtree. */
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
                    "application/json": components["schemas"]["MoveUnitInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Unit"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/units/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Closes a unit and its open sub-units from a date (today or up to a year earlier). Their employees move to `moveEmployeesTo` in the same transaction; without it a unit that holds employees is not closed (409). */
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
                    "application/json": components["schemas"]["CloseUnitInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UnitClosed"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    kind?: "jpt_utama" | "jpt_madya" | "jpt_pratama" | "administrator" | "pengawas" | "fungsional" | "pelaksana";
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
                        "application/json": components["schemas"]["PositionPage"];
                    };
                };
            };
        };
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
                    "application/json": components["schemas"]["PositionBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Position"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/positions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Changes a position; its holders take its new kind and jenjang. */
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
                    "application/json": components["schemas"]["PositionBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Position"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/competencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The government’s competency dictionary: the nine of PermenPANRB 38/2017 (texts in the request’s language) and its own technical competencies. */
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
                        "application/json": components["schemas"]["CompetencyList"];
                    };
                };
            };
        };
        put?: never;
        /** @description Adds a technical competency with its level descriptors. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TechnicalCompetencyBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Competency"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/competencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Changes a technical competency; its levels become those given. National ones are read-only. */
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
                    "application/json": components["schemas"]["TechnicalCompetencyBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Competency"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** @description Removes a technical competency that no standard and no assessment names. */
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
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/positions/{id}/standard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The position’s competency standard (Standar Kompetensi Jabatan). */
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
                        "application/json": components["schemas"]["PositionStandard"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** @description Replaces the position’s standard with the requirements given. */
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
                    "application/json": components["schemas"]["PositionStandardBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PositionStandard"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/positions/{id}/standard/copy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Gives the positions listed this position’s standard, replacing theirs. */
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
                    "application/json": components["schemas"]["CopyStandardBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StandardCopied"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/employees/{id}/competencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The employee’s assessments, current levels and gaps against the position held and, with targetPositionId, another. */
        get: {
            parameters: {
                query?: {
                    targetPositionId?: number;
                };
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
                        "application/json": components["schemas"]["EmployeeCompetencies"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/employees/{id}/assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Records an assessment of one competency of the employee (history is kept, never changed). */
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
                    "application/json": components["schemas"]["AssessmentBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Assessment"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/competency-gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Gap analysis of a unit subtree (or the government): by competency, by unit below it (heat map), by position kind and by JPM label; with compareTo, the same figures as of an earlier day. */
        get: {
            parameters: {
                query?: {
                    unitId?: number;
                    positionKind?: "jpt_utama" | "jpt_madya" | "jpt_pratama" | "administrator" | "pengawas" | "fungsional" | "pelaksana";
                    asOf?: string;
                    compareTo?: string;
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
                        "application/json": components["schemas"]["GapAnalysis"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/competency-gaps/needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The employees furthest below their position’s standard (Σ levels short), largest first. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    unitId?: number;
                    positionKind?: "jpt_utama" | "jpt_madya" | "jpt_pratama" | "administrator" | "pengawas" | "fungsional" | "pelaksana";
                    competencyId?: number;
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
                        "application/json": components["schemas"]["NeedsPage"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/competency-gaps/stated-needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Measured gaps beside the needs staff stated in a needs survey wave: per competency, where the two agree or differ. */
        get: {
            parameters: {
                query: {
                    waveId: number;
                    unitId?: number;
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
                        "application/json": components["schemas"]["NeedsComparison"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/employees/{id}/development": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The employee’s development history and the JP of a year (default: this one) against the target. */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
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
                        "application/json": components["schemas"]["EmployeeDevelopment"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** @description Records a completed learning activity with its JP (the same activity and end day again changes it). */
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
                    "application/json": components["schemas"]["DevelopmentRecordBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DevelopmentRecord"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/jp-attainment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The year’s JP attainment of a unit subtree (or the government), by unit below it. */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    unitId?: number;
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
                        "application/json": components["schemas"]["JpAttainmentOverview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/jp-attainment/behind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The employees behind on the year’s JP, furthest behind first. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    year?: number;
                    unitId?: number;
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
                        "application/json": components["schemas"]["JpBehindPage"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/jp-attainment/behind.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Everyone behind on the year’s JP as an Excel workbook (404 problem+json when out of reach). */
        get: {
            parameters: {
                query?: {
                    year?: number;
                    unitId?: number;
                    lang?: "id" | "en";
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
                    content?: never;
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
    "/api/v1/development-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    year?: number;
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
                        "application/json": components["schemas"]["PlanList"];
                    };
                };
            };
        };
        put?: never;
        /** @description Starts an OPD’s plan (unitId) or the government’s plan (unitId null) for a year, as a draft. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreatePlanBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Plan"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Plan"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/development-plans/{id}": {
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
                        "application/json": components["schemas"]["Plan"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Changes a draft’s budget, note or policy. */
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
                    "application/json": components["schemas"]["UpdatePlanBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Plan"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/development-plans/{id}/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Replaces the draft’s generated items with a proposal from its scope’s gaps, a needs survey’s stated needs and talent beyond the standard; items added by hand stay. */
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
                    "application/json": components["schemas"]["GeneratePlanBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Plan"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/development-plans/{id}/items": {
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
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PlanItemBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Plan"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/development-plans/{id}/items/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    itemId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PlanItemBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Plan"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
                    itemId: number;
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
                        "application/json": components["schemas"]["Plan"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/development-plans/{id}/transitions": {
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
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PlanTransitionBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Plan"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/development-plans/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The plan as a workbook an agency can submit. */
        get: {
            parameters: {
                query?: {
                    lang?: "id" | "en";
                };
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
                    content?: never;
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
    "/api/v1/employees/{id}/idp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The employee’s IDP of a year (default: this one), or null. */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
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
                        "application/json": components["schemas"]["IdpResponse"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** @description Starts the year’s IDP, by default with activities for the largest gaps. */
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
                    "application/json": components["schemas"]["CreateIdpBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Idp"];
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Idp"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/employees/{id}/idp/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Replaces the IDP’s note and activities (once under way: only when each was completed). */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateIdpBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Idp"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/employees/{id}/idp/{year}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Agrees (a supervisor, never the employee), starts, completes or reopens the IDP. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["IdpTransitionBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Idp"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The catalog: open programs first, then by first day, newest first (drafts: to the agency only). */
        get: {
            parameters: {
                query?: {
                    state?: "draft" | "open" | "closed" | "selected" | "completed" | "cancelled";
                    page?: number;
                    pageSize?: number;
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
                        "application/json": components["schemas"]["ProgramPage"];
                    };
                };
            };
        };
        put?: never;
        /** @description Creates a program as a draft. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ProgramBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Program"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One program with its batches. */
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
                        "application/json": components["schemas"]["Program"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** @description Replaces a draft program’s details and terms (frozen once applications open). */
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
                    "application/json": components["schemas"]["ProgramBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Program"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Opens or closes applications, completes or cancels the program. */
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
                    "application/json": components["schemas"]["ProgramTransitionBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Program"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Adds a batch (angkatan). */
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
                    "application/json": components["schemas"]["BatchBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Program"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/batches/{batchId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Changes a batch; its capacity never below the seats already given. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    batchId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BatchBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Program"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** @description Removes a batch nobody has asked for. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    batchId: number;
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
                        "application/json": components["schemas"]["Program"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The reader’s eligibility, application, score, the cut-off and why. */
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
                        "application/json": components["schemas"]["MyApplication"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Applications with their scores, best first (a supervisor: their staff’s). */
        get: {
            parameters: {
                query?: {
                    state?: "applied" | "selected" | "waitlisted" | "notSelected" | "withdrawn";
                    page?: number;
                    pageSize?: number;
                };
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
                        "application/json": components["schemas"]["ApplicationPage"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** @description Applies to an open program with the batches wanted, most wanted first. */
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
                    "application/json": components["schemas"]["ApplyBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Application"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/nominations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A supervisor nominates (and so recommends) one of their staff. */
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
                    "application/json": components["schemas"]["NominateBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Application"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The agency gives an eligible employee a seat left in a batch, after the selection. */
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
                    "application/json": components["schemas"]["AssignBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Application"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/applications/{applicationId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Withdraws an application (one’s own, or any by the agency); a freed seat goes to the waiting list. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    applicationId: number;
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
                        "application/json": components["schemas"]["Application"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/selection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Scores the applications and publishes the optimal selection (applications closed). */
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
                        "application/json": components["schemas"]["SelectionSummary"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/ranking": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The published ranking (names only where the program publishes them). */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
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
                        "application/json": components["schemas"]["Ranking"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/batches/{batchId}/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The batch’s participants with their attendance per session day, scores and completion. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    batchId: number;
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
                        "application/json": components["schemas"]["Roster"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/batches/{batchId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Marks a participant present or absent on a session day (not ahead of today). */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    batchId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AttendanceBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Roster"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/batches/{batchId}/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Records (or clears) a participant’s final score, 0–100. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    batchId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FinalScoreBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Roster"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/batches/{batchId}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The day’s check-in link and its QR code (SVG), for the trainer’s screen. */
        get: {
            parameters: {
                query?: {
                    day?: string;
                };
                header?: never;
                path: {
                    id: number;
                    batchId: number;
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
                        "application/json": components["schemas"]["CheckInCode"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/check-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A participant checks in with the day’s code (from the trainer’s QR), on that day. */
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
                    "application/json": components["schemas"]["CheckInBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CheckInResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/batches/{batchId}/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The batch as an iCalendar event, for its participants (and whoever keeps the program). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    batchId: number;
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
                    content?: never;
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
    "/api/v1/programs/{id}/batches/{batchId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Closes the batch once its last day has come: completion, JP credited, certificates issued, and its participants sent the reaction survey. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    batchId: number;
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
                        "application/json": components["schemas"]["Roster"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The appeals against the selection: every one for the agency, the reader’s own for an applicant; with the last day appeals may be filed. */
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
                        "application/json": components["schemas"]["AppealList"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** @description Appeals the selection of the reader’s own application (not selected), within the program’s window. */
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
                    "application/json": components["schemas"]["AppealBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/appeals/{appealId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Records the agency’s decision on a pending appeal, with its reasons; upheld with a batch, the applicant is given a seat there (if one is left). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    appealId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AppealDecisionBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Appeal"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/equity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Application and selection rates by group over every program selected in a year; under 80% of the best group flagged. */
        get: {
            parameters: {
                query: {
                    year: number;
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
                        "application/json": components["schemas"]["EquityReport"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/equity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Application and selection rates by group of one program; under 80% of the best group flagged. */
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
                        "application/json": components["schemas"]["EquityReport"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/batches/{batchId}/tests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Records (or clears) a participant’s learning test scores before and after (0–100), while the batch is open. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    batchId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["LearningTestBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Roster"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/evaluation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The participants’ reaction, learning and (from the follow-up, alumni and supervisors) behaviour per batch, trainer, curriculum version and for the program, and the IKM of its service before and after; groups of fewer than k withheld. The agency reads every batch, a trainer their own. */
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
                        "application/json": components["schemas"]["ProgramEvaluation"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/evaluation-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description The program’s evaluation plan: months from a batch’s end to its behaviour follow-up (null: none; set on each batch when it closes) and the public-service survey whose IKM measures its results. */
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
                    "application/json": components["schemas"]["EvaluationPlanBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProgramEvaluation"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/curricula": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The curriculum’s versions, newest first: every version with its reason and evidence to the agency, the versions their batches teach to trainers, the current one to readers of the catalog. */
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
                        "application/json": components["schemas"]["Curricula"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** @description Records the next curriculum version (the first without a reason; a revision with its reason and evidence batches); optionally moves the batches not yet started to it. */
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
                    "application/json": components["schemas"]["CurriculumBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Curricula"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/mentoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The program’s mentoring: its scheme, mentors, mentees and exclusions for the agency; the pairs the reader may see (all for the agency, those of their reach for a supervisor, their own for a mentor or mentee). */
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
                        "application/json": components["schemas"]["MentoringOverview"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** @description Sets the mentoring scheme of a coaching (NKL01) or mentoring (NKL02) program: its period, pairing rules and the JP rule of its sessions. */
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
                    "application/json": components["schemas"]["MentoringSchemeBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MentoringOverview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/mentoring/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Ends the program’s mentoring: every pair ends, nothing more is logged, reflections open. */
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
                        "application/json": components["schemas"]["MentoringOverview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/mentoring/mentors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Adds a mentor (or changes their capacity). */
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
                    "application/json": components["schemas"]["MentorBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MentoringOverview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/mentoring/mentors/{employeeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Takes a mentor off the scheme; one who has been paired stays (409). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    employeeId: number;
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
                        "application/json": components["schemas"]["MentoringOverview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}/mentoring/mentees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Adds mentees. */
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
                    "application/json": components["schemas"]["MenteesBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MentoringOverview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/mentoring/mentees/{employeeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Takes a mentee off the scheme; one who has been paired stays (409). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    employeeId: number;
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
                        "application/json": components["schemas"]["MentoringOverview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}/mentoring/exclusions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Records a conflict of interest: the pair is never proposed. */
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
                    "application/json": components["schemas"]["MentoringExclusionBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MentoringOverview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/mentoring/exclusions/{mentorId}/{menteeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Removes a recorded conflict of interest. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    mentorId: number;
                    menteeId: number;
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
                        "application/json": components["schemas"]["MentoringOverview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}/mentoring/proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The optimal pairs for the mentees not yet paired: the greatest total complementarity under every mentor’s capacity and the scheme’s rules, explained per pair. Nothing is saved. */
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
                        "application/json": components["schemas"]["MentoringProposal"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/mentoring/pairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Makes pairs, all or none (the proposal kept, or pairs set by hand; a pairing rule set aside needs a reason). */
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
                    "application/json": components["schemas"]["MentoringPairsBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MentoringOverview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/mentoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The reader’s own mentoring pairs, as mentor or mentee. */
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
                        "application/json": components["schemas"]["MyMentoring"];
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
    "/api/v1/mentoring/pairs/{pairId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One pair: its goals, sessions and reflections. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    pairId: number;
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
                        "application/json": components["schemas"]["MentoringPairDetail"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/mentoring/pairs/{pairId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Ends a pair (kept with its sessions), or removes one that never met. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    pairId: number;
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
                        "application/json": components["schemas"]["MentoringOverview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/mentoring/pairs/{pairId}/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Adds a goal to a running pair (its mentor, mentee or the agency). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    pairId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MentoringGoalBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MentoringPairDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/mentoring/pairs/{pairId}/goals/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Marks a goal achieved, dropped or open again. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    pairId: number;
                    itemId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MentoringGoalStateBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MentoringPairDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/mentoring/pairs/{pairId}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Logs a session (day, topic, minutes): by one side it waits for the other’s confirmation; by the agency it counts at once. Its JP follow the scheme’s rule. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    pairId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MentoringSessionBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MentoringPairDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/mentoring/pairs/{pairId}/sessions/{itemId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Confirms a session logged by the other side: its JP go to the mentee’s year. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    pairId: number;
                    itemId: number;
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
                        "application/json": components["schemas"]["MentoringPairDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/mentoring/pairs/{pairId}/sessions/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Withdraws a session not yet confirmed (whoever logged it, or the agency). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    pairId: number;
                    itemId: number;
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
                        "application/json": components["schemas"]["MentoringPairDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/mentoring/pairs/{pairId}/reflection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description The reader’s reflection on the mentoring and how useful it was (1–5), once the pair or the mentoring has ended or its last day has come. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    pairId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["MentoringReflectionBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["MentoringPairDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/performance/cycles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The government’s appraisal years, newest first; the agency sees how many SKP each has by state. */
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
                        "application/json": components["schemas"]["PerformanceCycleList"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** @description Opens an appraisal year in planning, with the government’s check-in frequency unless another is given. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PerformanceCycleBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PerformanceCycle"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/performance/cycles/{id}/transition": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Moves an appraisal year on: planning → running → appraisal → closed. */
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
                    "application/json": components["schemas"]["PerformanceCycleTransitionBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PerformanceCycle"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/performance/cycles/{id}/skp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The year’s SKP in the reader’s reach, by name, with their state and annual predikat. */
        get: {
            parameters: {
                query?: {
                    unitId?: number;
                    page?: number;
                    pageSize?: number;
                };
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
                        "application/json": components["schemas"]["SkpList"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** @description Opens an SKP of the year: the reader’s own, with their direct supervisor as appraiser; the agency may open one for an employee and name the appraiser. */
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
                    "application/json": components["schemas"]["SkpCreateBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SkpDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/performance/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The reader’s own SKP, the years they may still open one in, the SKP they appraise, and their history. */
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
                        "application/json": components["schemas"]["MyPerformance"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/performance/distribution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A year’s annual predikat in the reader’s reach: in all, per OPD, and per appraiser with how far their ratings stand from their peers’. */
        get: {
            parameters: {
                query: {
                    year: number;
                    unitId?: number;
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
                        "application/json": components["schemas"]["PredikatDistribution"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/performance/skp/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An SKP with its items, each check-in period’s feedback and appraisal, the annual appraisal, and what the reader may do. */
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
                        "application/json": components["schemas"]["SkpDetail"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/performance/skp/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description The employee sets their SKP’s work results, with indicator and target, while it is a draft. */
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
                    "application/json": components["schemas"]["SkpResultsBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SkpDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/performance/skp/{id}/expectations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description The appraiser sets the behaviour expectations of an SKP not yet agreed. */
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
                    "application/json": components["schemas"]["SkpExpectationsBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SkpDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/performance/skp/{id}/propose": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The employee proposes their drafted SKP to their appraiser. */
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
                        "application/json": components["schemas"]["SkpDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/performance/skp/{id}/agree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The appraiser agrees a proposed SKP; its items are fixed from then on. */
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
                        "application/json": components["schemas"]["SkpDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/performance/skp/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The appraiser sends a proposed SKP back to its employee, saying why (kept as feedback). */
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
                    "application/json": components["schemas"]["SkpReturnBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SkpDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/performance/skp/{id}/appraiser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description The agency names another appraiser for an SKP of a year not closed. */
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
                    "application/json": components["schemas"]["SkpAppraiserBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SkpDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/performance/skp/{id}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Feedback in a check-in period of an agreed SKP, by its employee or its appraiser. */
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
                    "application/json": components["schemas"]["SkpFeedbackBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SkpDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/performance/skp/{id}/appraisals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description The appraiser rates hasil kerja and perilaku kerja of a check-in period, or of the year (period 0) once the year is in its appraisal; the predikat follows from the matrix of PermenPANRB 6/2022. */
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
                    "application/json": components["schemas"]["SkpAppraisalBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SkpDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/performance/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The government’s appraisals of a year as an Excel workbook in SIASN’s shape: the annual ones as rw-skp22, or the periodic ones as kinerja periodik; SIASN’s field names as headers, the employee’s NIP first, NIPs as text. Jenjang’s performance-history import reads it back (403 problem+json for a manager of less than the whole government). */
        get: {
            parameters: {
                query: {
                    year: number;
                    layout?: "annual" | "periodic";
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
                    content?: never;
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
    "/api/v1/policies/{id}/versions/{versionId}/promotion-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The promotion rules a version states, or keeps from the version it was drafted from, for those who may read the version. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    versionId: number;
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
                        "application/json": components["schemas"]["VersionPromotionRules"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** @description Sets a draft version’s promotion rules (409 once it is adopted or discarded). */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    versionId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PromotionRulesBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VersionPromotionRules"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** @description Takes a draft version’s own promotion rules back: it keeps those of the version it was drafted from. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    versionId: number;
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
                        "application/json": components["schemas"]["VersionPromotionRules"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{id}/versions/{versionId}/promotion-rules/effect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description What the version’s promotion rules change for one period (by default the next under them) against those of the version it was drafted from: eligible counts, failures per rule, and, for the agency, who gains and who loses eligibility. Shown before adoption. */
        get: {
            parameters: {
                query?: {
                    period?: string;
                };
                header?: never;
                path: {
                    id: number;
                    versionId: number;
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
                        "application/json": components["schemas"]["PromotionRulesEffect"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/promotion/periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The last two and the next four promotion periods under the rules in force today. */
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
                        "application/json": components["schemas"]["PromotionPeriods"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/promotion/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A period’s eligibility list under the rules in force on its date: every active PNS with the outcome of each rule, the counts failing each, and the proposals of the period. */
        get: {
            parameters: {
                query: {
                    page?: number;
                    pageSize?: number;
                    period: string;
                    show?: "all" | "eligible" | "notEligible" | "proposed";
                    failing?: "pns" | "topRank" | "yearsInRank" | "appraisals" | "sanction" | "educationCeiling" | "positionCeiling";
                    unitId?: number;
                    q?: string;
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
                        "application/json": components["schemas"]["PromotionEligibilityList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/promotion/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The employee’s own next promotion period, with why they are or are not eligible, and their promotions. */
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
                        "application/json": components["schemas"]["MyPromotion"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/promotion/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Proposes an eligible PNS for a period: one step up, within the education’s ceiling, once per period. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PromotionProposeBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Promotion"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/promotion/proposals/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Approves a proposal with its decree (number, date, TMT = the period), which sets the employee’s golongan and TMT golongan, or rejects it with a reason. */
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
                    "application/json": components["schemas"]["PromotionDecideBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Promotion"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/promotion/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A period’s approved promotions as an Excel workbook: NIP, type (101 reguler), golongan from and to, decree number and date, TMT. */
        get: {
            parameters: {
                query: {
                    period: string;
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
                    content?: never;
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
    "/api/v1/promotion/sanctions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Disciplinary sanctions (of one employee, or all), latest first. */
        get: {
            parameters: {
                query?: {
                    employeeId?: number;
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
                        "application/json": components["schemas"]["SanctionList"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** @description Records a disciplinary sanction (PP 94/2021); while it runs it bars a promotion. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SanctionBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sanction"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/promotion/sanctions/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Sets the day a sanction ends. */
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
                    "application/json": components["schemas"]["SanctionEndBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Sanction"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/versions/{versionId}/talent-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The talent-mapping settings a version states, or keeps from the version it was drafted from, for those who may read the version. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    versionId: number;
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
                        "application/json": components["schemas"]["VersionTalentSettings"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** @description Sets a draft version’s talent-mapping settings (409 once it is adopted or discarded). */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    versionId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TalentSettingsBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VersionTalentSettings"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** @description Takes a draft version’s own talent settings back: it keeps those of the version it was drafted from. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    versionId: number;
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
                        "application/json": components["schemas"]["VersionTalentSettings"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{id}/versions/{versionId}/talent-settings/effect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description How the version’s talent settings would move people between boxes for a year (by default the latest placed, else the latest appraised year that is over) against those of the version it was drafted from; who moves for the agency only. */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path: {
                    id: number;
                    versionId: number;
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
                        "application/json": components["schemas"]["TalentSettingsEffect"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/talent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The years placed on the nine-box, the settings in force and where they come from, and what the reader may do: place years (the agency), see others’ placements (whom the settings name). */
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
                        "application/json": components["schemas"]["TalentOverview"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/talent/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The reader’s own placements, newest year first, each with the lines and settings that placed it. */
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
                        "application/json": components["schemas"]["MyTalent"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/talent/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A placed year’s nine-box: how many people in each box within the reader’s reach (and a unit), and why the others have none. */
        get: {
            parameters: {
                query?: {
                    unitId?: number;
                };
                header?: never;
                path: {
                    year: number;
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
                        "application/json": components["schemas"]["TalentYear"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/talent/years/{year}/placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The people of a placed year within the reader’s reach: by box, recommendation, unit or name. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    box?: number;
                    unplaced?: "true" | "false";
                    recommendation?: "talentPool" | "develop" | "rotate" | "performanceFollowUp";
                    unitId?: number;
                    q?: string;
                };
                header?: never;
                path: {
                    year: number;
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
                        "application/json": components["schemas"]["TalentPlacementList"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** @description Places a year on the nine-box under the settings in force, replacing its earlier placements; runs as a job (GET /jobs/:id). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
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
                        "application/json": components["schemas"]["TalentPlaceJob"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/talent/years/{year}/placements/{employeeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One person’s placement for a year with every line of both scores: themself, or within reach. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                    employeeId: number;
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
                        "application/json": components["schemas"]["TalentPlacement"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/talent/years/{year}/scores/{employeeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The component points a person was given for a year, and the components to give them on. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                    employeeId: number;
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
                        "application/json": components["schemas"]["TalentScores"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** @description Sets a person’s component points for a year (each within its maximum); a placed year places them anew. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                    employeeId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TalentScoresBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TalentScores"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/talent/key-positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Key positions with their holders and named successors: for the agency and the roles the talent settings name whose reach is the whole government. */
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
                        "application/json": components["schemas"]["KeyPositionList"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** @description Marks a position as key, to plan its succession (the agency). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["KeyPositionBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Succession"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/talent/key-positions/{positionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A key position’s successors and the candidates of the latest talent pool, best match to its competency standard first. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    positionId: number;
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
                        "application/json": components["schemas"]["Succession"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** @description Unmarks a key position, with its successors. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    positionId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/talent/key-positions/{positionId}/successors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Names a successor to a key position, or changes how soon they would be ready. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    positionId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SuccessorBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Succession"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/talent/key-positions/{positionId}/successors/{employeeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Removes a named successor from a key position. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    positionId: number;
                    employeeId: number;
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
                        "application/json": components["schemas"]["Succession"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}/scholarship": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The call of a degree-study program: its terms, the reader’s own documents, and for the agency each applicant’s documents and the awards. */
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
                        "application/json": components["schemas"]["ScholarshipOverview"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** @description Sets the call’s terms (degree, fields, institution, length, documents, bond rule, reporting term) while the program is a draft. */
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
                    "application/json": components["schemas"]["ScholarshipCallBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScholarshipOverview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/scholarship/documents/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The reader’s own document, downloaded. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    kind: "ijazah" | "transkrip" | "rekomendasiAtasan" | "suratPernyataan" | "suratKesehatan" | "loa" | "proposalStudi" | "sertifikatBahasa";
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
                    content?: never;
                };
            };
        };
        /** @description Uploads the reader’s document of a kind the call requires (multipart `file`: PDF, PNG or JPEG by its bytes, up to EVIDENCE_MAX_MB), replacing the one before, until they apply. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    kind: "ijazah" | "transkrip" | "rekomendasiAtasan" | "suratPernyataan" | "suratKesehatan" | "loa" | "proposalStudi" | "sertifikatBahasa";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file: Blob;
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
                        "application/json": components["schemas"]["ScholarshipOverview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** @description Removes the reader’s document of a kind, until they apply. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    kind: "ijazah" | "transkrip" | "rekomendasiAtasan" | "suratPernyataan" | "suratKesehatan" | "loa" | "proposalStudi" | "sertifikatBahasa";
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
                        "application/json": components["schemas"]["ScholarshipOverview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}/scholarship/applications/{applicationId}/documents/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An applicant’s document, downloaded by the agency. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    kind: "ijazah" | "transkrip" | "rekomendasiAtasan" | "suratPernyataan" | "suratKesehatan" | "loa" | "proposalStudi" | "sertifikatBahasa";
                    applicationId: number;
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
                    content?: never;
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
    "/api/v1/programs/{id}/scholarship/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Awards selected applications: each study starts (status studying), with reminders before each term’s report and before its expected end. */
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
                    "application/json": components["schemas"]["ScholarshipAwardBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScholarshipOverview"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/scholarships/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The reader’s own scholarship awards. */
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
                        "application/json": components["schemas"]["MyScholarshipAwards"];
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
    "/api/v1/scholarships/awards/{awardId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An award (the agency, or the awardee): status history, terms and reports, return and bond. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    awardId: number;
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
                        "application/json": components["schemas"]["ScholarshipAwardDetail"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/scholarships/awards/{awardId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Records a change of the award’s status, with its day (and reason, but for studying or graduated). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    awardId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ScholarshipStatusBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScholarshipAwardDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/scholarships/awards/{awardId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Records the graduate’s return to work (day, unit, position) and the service bond it starts by the call’s rule. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    awardId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ScholarshipReturnBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScholarshipAwardDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/scholarships/awards/{awardId}/reports/{term}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description The awardee’s report of a term (multipart: `summary`, `gpa`, `credits`, optionally the transcript `file`), from two weeks before the term ends; again only when the agency asked to revise it. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    awardId: number;
                    term: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file: Blob;
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
                        "application/json": components["schemas"]["ScholarshipAwardDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/scholarships/awards/{awardId}/reports/{term}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The agency accepts a term’s report, or asks for a revision with a note. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    awardId: number;
                    term: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ScholarshipReviewBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScholarshipAwardDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/scholarships/awards/{awardId}/reports/{term}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A report’s transcript, downloaded (the agency, or the awardee). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    awardId: number;
                    term: number;
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
                    content?: never;
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
    "/api/v1/programs/{id}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The program’s certificates: all of them for the agency, the reader’s own for a participant. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
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
                        "application/json": components["schemas"]["ProgramCertificatePage"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/certificates/{certificateId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A certificate as PDF (A4 landscape: letterhead, number, participant, program, dates, JP, signer, and a QR code of its public verification page), for its participant and the agency. `?lang=id|en` or the request’s language. */
        get: {
            parameters: {
                query?: {
                    lang?: "id" | "en";
                };
                header?: never;
                path: {
                    id: number;
                    certificateId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/certificates/{certificateId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Revokes a certificate, with the reason (audited); its public verification says so from then on. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    certificateId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RevokeCertificateBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ProgramCertificate"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/siasn.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The program’s completed participants in SIASN’s training-history shapes: a "kursus" sheet and, for structural leadership training (KL01), a "diklat" sheet; NIP first, dates dd-mm-yyyy. SIASN’s own reference ids are left empty (403/404 problem+json when out of reach). */
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
                    content?: never;
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
    "/api/v1/public/governments/{slug}/certificates/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Verifies a certificate by the code in its QR, for anyone: valid or revoked (with the day), the participant’s name, the program, its dates and JP, and the issuing government — nothing else. Unknown codes and governments answer 404 alike; rate-limited per address. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
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
                        "application/json": components["schemas"]["CertificateVerification"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/batches/{batchId}/trainers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The batch’s trainers, with their topics, accounts and partners. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    batchId: number;
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
                        "application/json": components["schemas"]["TrainerList"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** @description Names a trainer of the batch; one with an account (a partner’s or an employee’s) keeps its roster. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    batchId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TrainerBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TrainerList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/programs/{id}/batches/{batchId}/trainers/{trainerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Removes a trainer from the batch (not once it is closed). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    batchId: number;
                    trainerId: number;
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
                        "application/json": components["schemas"]["TrainerList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teaching": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The batches naming the signed-in account among their trainers: program, dates, venue, participants. */
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
                        "application/json": components["schemas"]["TeachingList"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The partners by name, with their agreements (status on today) and trainer accounts. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
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
                        "application/json": components["schemas"]["PartnerPage"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** @description Records a partner (its name unique in the government). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PartnerBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Partner"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/partners/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The government’s trainer accounts (role mitra), with the partner each signs in for. */
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
                        "application/json": components["schemas"]["MitraAccountList"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/partners/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One partner with its agreements and trainer accounts. */
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
                        "application/json": components["schemas"]["Partner"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** @description Changes a partner’s name, kind and contact. */
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
                    "application/json": components["schemas"]["PartnerBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Partner"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/partners/{id}/agreements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Records an agreement (MoU/PKS): its number unique in the government; the agency is warned before it runs out. */
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
                    "application/json": components["schemas"]["AgreementBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Partner"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/partners/{id}/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Links a trainer account (role mitra) of the government to the partner. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    accountId: number;
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
                        "application/json": components["schemas"]["Partner"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** @description Unlinks a trainer account from the partner. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    accountId: number;
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
                        "application/json": components["schemas"]["Partner"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Workforce figures of the reader’s reach: the whole government, or an atasan’s subtree (counted per unit right below it). Refused to partners’ trainers and employees. */
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
                        "application/json": components["schemas"]["Dashboard"];
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
    "/api/v1/dashboard/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The survey part of a reader’s home: IKM per service unit and period and the newest results it may see, under the results’ reach and k rules, with the deployment’s k. */
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
                        "application/json": components["schemas"]["DashboardSurveys"];
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
    "/api/v1/dashboard/attention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description What needs an admin’s attention: waves collecting answers and the latest imports (a scoped admin’s own). */
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
                        "application/json": components["schemas"]["DashboardAttention"];
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
    "/api/v1/national/employees": {
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
                        "application/json": components["schemas"]["NationalEmployees"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/national/ikm": {
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
                        "application/json": components["schemas"]["NationalIkm"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/national/participation": {
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
                        "application/json": components["schemas"]["NationalParticipation"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/national/competency-gaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Competency gaps per government (national competencies), by JPM label and competency, under the k rule. */
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
                        "application/json": components["schemas"]["NationalCompetencyGaps"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/jobs/{id}": {
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
                    id: string;
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
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/imports/employees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Upload a CSV or XLSX employee file (SIASN "data utama" or the Jenjang template). Multipart field `file`; the import runs as a job. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file: Blob;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/imports/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The Jenjang employees template with a guide sheet. */
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
                    content?: never;
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
    "/api/v1/imports/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The Jenjang employees template as CSV. */
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
                    content?: never;
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
    "/api/v1/imports/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Upload a CSV or XLSX file of units (path of names, or name and parent name). Multipart field `file`; the import runs as a job. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file: Blob;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/imports/units/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The Jenjang units template with a guide sheet. */
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
                    content?: never;
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
    "/api/v1/imports/units/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The Jenjang units template as CSV. */
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
                    content?: never;
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
    "/api/v1/imports/positions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Upload a CSV or XLSX file of positions (jabatan with kind and jenjang). Multipart field `file`; the import runs as a job. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file: Blob;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/imports/positions/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The Jenjang positions template with a guide sheet. */
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
                    content?: never;
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
    "/api/v1/imports/positions/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The Jenjang positions template as CSV. */
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
                    content?: never;
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
    "/api/v1/imports/competency-standards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Upload a CSV or XLSX file of position competency standards (jabatan, competency code, required level 1–5). Multipart field `file`; the import runs as a job. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file: Blob;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/imports/competency-standards/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The Jenjang competency-standards template with a guide sheet. */
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
                    content?: never;
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
    "/api/v1/imports/competency-standards/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The Jenjang competency-standards template as CSV. */
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
                    content?: never;
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
    "/api/v1/imports/competency-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Upload a CSV or XLSX file of competency assessments (NIP, competency code, level 1–5, date, method). Multipart field `file`; the import runs as a job. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file: Blob;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/imports/competency-assessments/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The Jenjang competency-assessments template with a guide sheet. */
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
                    content?: never;
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
    "/api/v1/imports/competency-assessments/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The Jenjang competency-assessments template as CSV. */
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
                    content?: never;
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
    "/api/v1/imports/development": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Upload a CSV or XLSX development history: SIASN riwayat diklat or riwayat kursus, or the Jenjang template (NIP, activity, end date, JP). Multipart field `file`; the import runs as a job. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file: Blob;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/imports/development/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The Jenjang development template with a guide sheet. */
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
                    content?: never;
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
    "/api/v1/imports/development/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The Jenjang development template as CSV. */
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
                    content?: never;
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
    "/api/v1/imports/performance-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Upload a CSV or XLSX appraisal history: SIASN annual SKP records (rw-skp22) or kinerja periodik, or the Jenjang template (NIP, year, hasil kerja, perilaku kerja, appraiser). Multipart field `file`; the import runs as a job. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file: Blob;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Job"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/imports/performance-history/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The Jenjang performance-history template with a guide sheet. */
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
                    content?: never;
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
    "/api/v1/imports/performance-history/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The Jenjang performance-history template as CSV. */
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
                    content?: never;
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
    "/api/v1/imports/{id}/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
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
                        "application/json": components["schemas"]["ImportIssuePage"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/imports/{id}/issues.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The issues of an import as an Excel report (404 problem+json if unknown). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
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
                    content?: never;
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
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    actor?: number;
                    action?: string;
                    entity?: string;
                    entityId?: string;
                    from?: string;
                    to?: string;
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
                        "application/json": components["schemas"]["AuditPage"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/audit/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The filtered log as an Excel workbook, with the chain head at the time of export (400 problem+json for a bad filter). */
        get: {
            parameters: {
                query?: {
                    actor?: number;
                    action?: string;
                    entity?: string;
                    entityId?: string;
                    from?: string;
                    to?: string;
                    lang?: "id" | "en";
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
                    content?: never;
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
    "/api/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    role?: "admin" | "pimpinan" | "atasan" | "pegawai" | "mitra" | "auditor" | "nasional";
                    status?: "active" | "disabled";
                    unitId?: number;
                    hasPassword?: "true" | "false";
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
                        "application/json": components["schemas"]["AccountPage"];
                    };
                };
            };
        };
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
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        role: "admin" | "pimpinan" | "atasan" | "pegawai" | "mitra" | "auditor" | "nasional";
                        /** @default null */
                        employeeId?: number | null;
                        /** @default null */
                        scopeUnitId?: number | null;
                        /** @default null */
                        email?: string | null;
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
                        "application/json": components["schemas"]["PasswordLink"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/accounts/{id}": {
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
        /** @description Change display name, e-mail, role and scope, or the linked employee. */
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
                    "application/json": components["schemas"]["UpdateAccountBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AccountSummary"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/accounts/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Disable an account: it cannot sign in, and its sessions and unused links end. */
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
                        "application/json": components["schemas"]["AccountSummary"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/accounts/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Let a disabled account sign in again. */
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
                        "application/json": components["schemas"]["AccountSummary"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/accounts/{id}/password-link": {
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
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PasswordLink"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/settings/government": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The government’s name, code, time zone, IKM convention, JP and JPM settings and certificate letterhead (its tenant-wide admins). */
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
                        "application/json": components["schemas"]["TenantSettings"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** @description Change the government’s time zone, the convention its IKM reports follow (exactly 1/9, or 0.111 with NRR tertimbang rounded to 2 or 3 decimals), its JP and JPM settings, or the letterhead and signer of its program certificates (the signer’s NIP checked as a NIP); audited. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateTenantSettingsBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TenantSettings"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The government’s policies: all of them to reviewers, those with an adopted text to other readers. */
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
                        "application/json": components["schemas"]["PolicyList"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** @description A new policy, with an empty first draft; audited. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreatePolicyBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PolicyDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A policy: what it is, its versions, its history, and the steps this reader may take. */
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
                        "application/json": components["schemas"]["PolicyDetail"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Change what the policy is (title, area, purpose, principles, owner, legal basis, surveys); audited. */
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
                    "application/json": components["schemas"]["UpdatePolicyBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PolicyDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/policies/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Take one step of the policy’s life: open or close a consultation, adopt (a leader), enter into force, evaluate, keep or revise, retire; audited. */
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
                    "application/json": components["schemas"]["PolicyTransitionBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PolicyDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/versions/{versionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A version’s text in reading order, each changed provision with its reason and evidence. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    versionId: number;
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
                        "application/json": components["schemas"]["PolicyVersionText"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/versions/{versionId}/acknowledgement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The signed-in employee states having read an adopted version; once (a second time changes nothing); audited. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    versionId: number;
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
                        "application/json": components["schemas"]["PolicyAcknowledgement"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/versions/{versionId}/acknowledgements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description How far a version reached: per OPD, how many of its active employees stated having read it (counts only). */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    versionId: number;
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
                        "application/json": components["schemas"]["PolicyAcknowledgementSummary"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Two versions side by side, provision by provision (added, modified, moved, split, merged, deleted). */
        get: {
            parameters: {
                query?: {
                    from?: number;
                    to?: number;
                };
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
                        "application/json": components["schemas"]["PolicyVersionComparison"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/provisions/{provisionId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Why the policy says this: one provision through every version, with each change’s reason and evidence. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    provisionId: number;
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
                        "application/json": components["schemas"]["ProvisionHistory"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/draft/provisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Add a provision to the draft; in a revision with its reason (required) and evidence. */
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
                    "application/json": components["schemas"]["AddProvisionBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PolicyVersionText"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/draft/provisions/{provisionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Remove a provision and its parts from the draft; in a revision with its reason (required). */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    provisionId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RemoveProvisionBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PolicyVersionText"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** @description Change or move a provision of the draft; in a revision with its reason (required) and evidence. */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    provisionId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateProvisionBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PolicyVersionText"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/policies/{id}/evidence-sources": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description What a change of the draft may cite: the surveys’ waves and their questions (drafters only). */
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
                        "application/json": components["schemas"]["PolicyEvidenceSources"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policy-evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The reverse view: the provision changes that cite a survey wave as their evidence. */
        get: {
            parameters: {
                query: {
                    waveId: number;
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
                        "application/json": components["schemas"]["PolicyEvidenceUses"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/consultations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The consultation rounds this reader may see (all to reviewers, those inviting it to others), each with its comments and proposals, supports, responses and where each input was absorbed. */
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
                        "application/json": components["schemas"]["ConsultationList"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/consultations/{roundId}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Comment on a provision of the consulted draft (quoting its words) or propose in general, while the round is open and invites the caller; audited. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    roundId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateCommentBodyInput"];
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
                            id: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/consultations/{roundId}/ballot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Anonymous input, step 1: checks that the caller is invited staff and that the round allows anonymous input, and returns a single-use token. Nothing stored links the token to the caller; not audited. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    roundId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ConsultationBallot"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/anonymous-consultation-input": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Anonymous input, step 2: a comment or proposal with the token; any session cookie is ignored. It appears among the round’s input once input of at least k people has arrived. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AnonymousCommentBodyInput"];
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
                            /** @enum {boolean} */
                            accepted: true;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/comments/{commentId}/support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Support someone else’s comment or proposal, once, while its round is open. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    commentId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/comments/{commentId}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Hide a comment from participants, with the reason (moderation); audited. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    commentId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["HideCommentBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/comments/{commentId}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The official response to a comment or proposal (accepted, partially, rejected) with its reason; audited. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    commentId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RespondToCommentBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/versions/{versionId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A version as PDF: its dates, consultation windows, full text, change log and evidence; for whoever may read the version (drafts only to reviewers and those consulted). */
        get: {
            parameters: {
                query?: {
                    lang?: "id" | "en";
                };
                header?: never;
                path: {
                    id: number;
                    versionId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Publish the policy on the government’s public transparency page (it needs an adopted version), or withdraw it; audited. */
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
                    "application/json": components["schemas"]["PolicyPublicationBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PolicyDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/public/governments/{slug}/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A government’s published policies for citizens: each with its adopted text, dates and consultation windows. */
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
                        "application/json": components["schemas"]["PublicPolicies"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/public/governments/{slug}/policies/{id}/consultation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A citizen comments on a provision of the draft or proposes in general, without an account, while a round inviting the public takes input on a published policy; stored with no author, address or device, dated by the day; rate-limited per address (counted in memory only). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    slug: string;
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["PublicConsultationBodyInput"];
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
                            /** @enum {boolean} */
                            accepted: true;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/public/governments/{slug}/policies/{id}/versions/{versionId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An adopted version of a published policy as PDF, for citizens; rate-limited per address. */
        get: {
            parameters: {
                query?: {
                    lang?: "id" | "en";
                };
                header?: never;
                path: {
                    slug: string;
                    id: number;
                    versionId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/forums": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The government’s Forum Diskusi ASN, newest first, each with its proposal count. */
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
                        "application/json": components["schemas"]["ForumList"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** @description Announce a forum: its title, year, start and end on the government’s clock, place and the policies it discusses; it starts planned. Audited. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateForumBodyInput"];
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
                            id: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/forums/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A forum: agenda, proposals with their votes and replies, minutes, and what became of every proposal, down to the provision changes that cite it. */
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
                        "application/json": components["schemas"]["Forum"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /** @description Correct the forum’s details until it closes: title, year, start and end on the government’s clock, place and the policies it discusses. Audited with the fields that changed. */
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
                    "application/json": components["schemas"]["CreateForumBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/forums/{id}/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Replace the forum’s agenda (ordered items) until it closes. Audited. */
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
                    "application/json": components["schemas"]["ForumAgendaBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/forums/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Open the forum for proposals, replies and votes, or close it. Audited. */
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
                    "application/json": components["schemas"]["ForumStepBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/forums/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Write (or rewrite) the forum’s minutes, during the forum or after it. Audited. */
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
                    "application/json": components["schemas"]["ForumMinutesBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/forums/{id}/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Put a proposal to the forum while it is open (before and during the forum). Audited. */
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
                    "application/json": components["schemas"]["ForumProposalBodyInput"];
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
                            id: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/forums/{id}/proposals/{proposalId}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Reply under a proposal while the forum is open. Audited. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    proposalId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ForumReplyBodyInput"];
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
                            id: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/forums/{id}/proposals/{proposalId}/vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Agree or disagree with someone else’s proposal while the forum is open: one vote per person, a second one changes its stance. Audited. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    proposalId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ForumVoteBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /** @description Withdraw one’s vote on a proposal while the forum is open (none to withdraw: no change). Audited. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    proposalId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/forums/{id}/proposals/{proposalId}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description What became of a proposal once the forum closed: accepted into a policy, to be studied, or rejected, always with its reason. Audited. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    proposalId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ForumOutcomeBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/forums/{id}/proposals/{proposalId}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Hide a proposal from participants, with the reason (moderation). Audited. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    proposalId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ForumHideBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/forums/{id}/replies/{replyId}/hide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Hide a reply from participants, with the reason (moderation). Audited. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    replyId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ForumHideBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/forum-proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The forum proposals a change of a provision may cite as its evidence. */
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
                        "application/json": components["schemas"]["ForumProposalChoices"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/indicators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The policy’s indicators, each computed by its source from the government’s own data (wave by wave, under the k rule), with the days its versions took effect. */
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
                        "application/json": components["schemas"]["IndicatorList"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** @description A new indicator: its source and parameters, direction, baseline and target; audited. */
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
                    "application/json": components["schemas"]["CreateIndicatorBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["IndicatorView"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/indicators/{indicatorId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Remove an indicator of the policy; audited. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    indicatorId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{id}/indicators/{indicatorId}/measurements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A manual indicator’s measurements, withdrawn ones too, with their evidence files. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    indicatorId: number;
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
                        "application/json": components["schemas"]["ManualMeasurementList"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** @description A manual indicator’s value (multipart: `measuredOn`, `value`, `note`, `dataSource`, and the evidence `file`: PDF, XLSX, PNG or JPEG by its bytes, up to EVIDENCE_MAX_MB); audited. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    indicatorId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /** Format: binary */
                        file: Blob;
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
                        "application/json": components["schemas"]["ManualMeasurement"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/indicators/{indicatorId}/measurements/{measurementId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Withdraw a measurement, with why: it stays listed and leaves the chart; refused once a decided evaluation included it. Audited. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    indicatorId: number;
                    measurementId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WithdrawMeasurementBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ManualMeasurement"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/indicators/{indicatorId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An evidence file, downloaded (never shown inline), for those who read the policy. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    indicatorId: number;
                    attachmentId: number;
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
                    content?: never;
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
    "/api/v1/policies/{id}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The policy’s evaluations, newest first, its interval and the day the next one falls due. */
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
                        "application/json": components["schemas"]["EvaluationList"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/evaluations/{evaluationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One evaluation: the report compiled from the government’s own data (as decided, once decided), the findings and what they changed, the recommendation and the decision. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    evaluationId: number;
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
                        "application/json": components["schemas"]["EvaluationDetail"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/evaluations/{evaluationId}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Record a finding of the evaluation under way (admins, leaders, auditors); audited. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    evaluationId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AddFindingBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvaluationDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/evaluations/{evaluationId}/recommendation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Recommend keeping, adjusting or revising the policy, with the reason, before a leader decides; audited. */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    evaluationId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RecommendBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EvaluationDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/evaluations/{evaluationId}/report.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The evaluation as a workbook: summary, indicators, surveys, consultation. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    evaluationId: number;
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
                    content?: never;
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
    "/api/v1/policies/{id}/evaluations/{evaluationId}/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The evaluation as a PDF: indicators with their trend against baseline and target, the surveys’ waves, the consultation input, findings, recommendation and decision. `?lang=id|en` or the request’s language. */
        get: {
            parameters: {
                query?: {
                    lang?: "id" | "en";
                };
                header?: never;
                path: {
                    id: number;
                    evaluationId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/triggers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The triggers on the policy’s indicators, and the revision proposals they opened, newest first; for everyone who reads the policy (who decided a proposal: for its reviewers). */
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
                        "application/json": components["schemas"]["TriggerList"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** @description A trigger on one of the policy’s own indicators, checked at once against the final measurements and every morning after; audited. */
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
                    "application/json": components["schemas"]["CreateTriggerBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TriggerList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/triggers/{triggerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Takes a trigger out of service; the proposals it opened stay. Audited. */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    triggerId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policies/{id}/triggers/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Checks the policy’s triggers now; how many proposals that opened. */
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
                        "application/json": components["schemas"]["CheckTriggersResult"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/proposals/{proposalId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Accepts a revision proposal: a policy in force goes under evaluation, one under evaluation links it; audited. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    proposalId: number;
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
                        "application/json": components["schemas"]["TriggerList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/policies/{id}/proposals/{proposalId}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Dismisses a revision proposal with a reason; audited. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    proposalId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DismissProposalBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TriggerList"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/event-deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Deliveries of published events to a subscriber that failed: retrying with growing waits, or given up after their attempts (tenant-wide admins). */
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
                        "application/json": components["schemas"]["EventDeliveryList"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/event-deliveries/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Delivers a given-up event to its subscriber again, now. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["RetryEventDeliveryBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/notifications": {
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
                        "application/json": components["schemas"]["NotificationList"];
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
    "/api/v1/notifications/read": {
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
                    "application/json": components["schemas"]["MarkReadBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/survey-templates": {
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
                        "application/json": components["schemas"]["SurveyTemplateList"];
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
    "/api/v1/instruments": {
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
                        "application/json": components["schemas"]["InstrumentList"];
                    };
                };
            };
        };
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
                    "application/json": components["schemas"]["CreateInstrumentBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InstrumentDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/instruments/{id}": {
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
                        "application/json": components["schemas"]["InstrumentDetail"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
                    "application/json": components["schemas"]["UpdateInstrumentBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InstrumentDetail"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    archived?: "true" | "false";
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
                        "application/json": components["schemas"]["SurveyList"];
                    };
                };
            };
        };
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
                    "application/json": components["schemas"]["CreateSurveyBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SurveyDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/surveys/audience-preview": {
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
                    "application/json": components["schemas"]["AudienceInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AudiencePreview"];
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
    "/api/v1/surveys/{id}": {
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
                        "application/json": components["schemas"]["SurveyDetail"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/surveys/{id}/qr.svg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description QR code (SVG) of a public survey’s answering page, for the poster at the service counter. */
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
                    content?: never;
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
    "/api/v1/surveys/{id}/waves": {
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
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateWaveBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SurveyDetail"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/survey-waves/{id}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Publish a draft wave (invitees hear of it when its window opens). */
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
                        "application/json": components["schemas"]["SurveyDetail"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/survey-waves/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description End a wave now. */
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
                        "application/json": components["schemas"]["SurveyDetail"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/surveys/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Archive a survey whose waves are all over: out of the default list, results kept. */
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
                        "application/json": components["schemas"]["SurveyDetail"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/surveys/{id}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Bring an archived survey back into use. */
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
                        "application/json": components["schemas"]["SurveyDetail"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/survey-waves/{id}/non-respondents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Invitees of an identified wave who have not answered, within the reader’s reach (a scoped admin: those working in its subtree), with their last reminder. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    unitId?: number;
                    lang?: "id" | "en";
                };
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
                        "application/json": components["schemas"]["NonRespondentList"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/survey-waves/{id}/non-respondents.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The same list (all pages, same filters) as XLSX. */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    unitId?: number;
                    lang?: "id" | "en";
                };
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
                    content?: never;
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
    "/api/v1/survey-waves/{id}/remind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Notify invitees who have not answered yet (in the app; by e-mail when SMTP is set up): the employees listed (identified waves; each must be pending and within reach), or all pending. */
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
                    "application/json": components["schemas"]["RemindBodyInput"] | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ReminderResult"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/my/surveys": {
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
                        "application/json": components["schemas"]["MySurveyList"];
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
    "/api/v1/survey-waves/{id}/form": {
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
                        "application/json": components["schemas"]["WaveForm"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/survey-waves/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Answer an identified wave (stored with the employee). */
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
                    "application/json": components["schemas"]["SubmitResponseBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Submitted"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/survey-waves/{id}/ballot": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Anonymous waves, step 1: checks the invitation, marks it, and returns a single-use token. Nothing stored links the token to the employee. */
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ballot"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/anonymous-responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Anonymous waves, step 2: the answers with the token; any session cookie is ignored. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SubmitAnonymousBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Submitted"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/public/surveys/{code}": {
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
                        "application/json": components["schemas"]["WaveForm"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/public/surveys/{code}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A citizen answers a public survey: one response per device and wave, rate-limited per address. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SubmitPublicBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Submitted"];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/surveys/ikm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description IKM per service unit and period: every published SKM wave the reader may see (whole, or its unit’s slice of a closed wave), hidden below k responses. */
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
                        "application/json": components["schemas"]["IkmOverview"];
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
    "/api/v1/survey-results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The newest waves whose results the reader may see (at least k answers in what it reads), with their count and IKM: for home pages. */
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
                        "application/json": components["schemas"]["VisibleResults"];
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
    "/api/v1/survey-waves/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Results of a wave; every group smaller than the survey’s minimum is hidden. */
        get: {
            parameters: {
                query?: {
                    breakdown?: "unit" | "sex" | "ageBand" | "education" | "occupation";
                    lang?: "id" | "en";
                };
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
                        "application/json": components["schemas"]["WaveResults"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
    "/api/v1/survey-waves/{id}/results.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The results as XLSX (same figures, same hiding rule). */
        get: {
            parameters: {
                query?: {
                    breakdown?: "unit" | "sex" | "ageBand" | "education" | "occupation";
                    lang?: "id" | "en";
                };
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
                    content?: never;
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
    "/api/v1/survey-waves/{id}/results.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The results as CSV (same figures, same hiding rule). */
        get: {
            parameters: {
                query?: {
                    breakdown?: "unit" | "sex" | "ageBand" | "education" | "occupation";
                    lang?: "id" | "en";
                };
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
                    content?: never;
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
    "/api/v1/survey-waves/{id}/texts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Hide an abusive text answer from results and exports, or show it again. */
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
                    "application/json": components["schemas"]["HideTextBodyInput"];
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Problem"];
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccountPage: {
            items: components["schemas"]["AccountSummary"][];
            total: number;
            page: number;
            pageSize: number;
        };
        AccountPageInput: {
            items: components["schemas"]["AccountSummaryInput"][];
            total: number;
            page: number;
            pageSize: number;
        };
        AccountSummary: {
            id: number;
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "admin" | "pimpinan" | "atasan" | "pegawai" | "mitra" | "auditor" | "nasional";
            /** @enum {string} */
            status: "active" | "disabled";
            employeeId: number | null;
            employeeName: string | null;
            scopeUnit: {
                id: number;
                name: string;
            } | null;
            hasPassword: boolean;
            email: string | null;
            createdAt: string;
            manageable: boolean;
        };
        AccountSummaryInput: {
            id: number;
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "admin" | "pimpinan" | "atasan" | "pegawai" | "mitra" | "auditor" | "nasional";
            /** @enum {string} */
            status: "active" | "disabled";
            employeeId: number | null;
            employeeName: string | null;
            scopeUnit: {
                id: number;
                name: string;
            } | null;
            hasPassword: boolean;
            email: string | null;
            createdAt: string;
            manageable: boolean;
        };
        AddFindingBody: {
            body: string;
        };
        AddFindingBodyInput: {
            body: string;
        };
        AddProvisionBody: {
            parentId: number | null;
            afterId: number | null;
            label: string;
            /** @default null */
            heading: string | null;
            body: string;
            /** @default [] */
            origins: number[];
            reason?: string;
            /** @default [] */
            evidence: components["schemas"]["EvidenceInput"][];
        };
        AddProvisionBodyInput: {
            parentId: number | null;
            afterId: number | null;
            label: string;
            /** @default null */
            heading: string | null;
            body: string;
            /** @default [] */
            origins: number[];
            reason?: string;
            /** @default [] */
            evidence: components["schemas"]["EvidenceInputInput"][];
        };
        AffirmativeGroup: {
            key: string;
            label: string;
            /** @default [] */
            sexes: ("M" | "F")[];
            /** @default [] */
            employeeTypes: ("PNS" | "PPPK")[];
            /** @default [] */
            unitIds: number[];
            /** @default null */
            golonganRankMax: number | null;
            /** @default null */
            ageMin: number | null;
        };
        AffirmativeGroupInput: {
            key: string;
            label: string;
            /** @default [] */
            sexes: ("M" | "F")[];
            /** @default [] */
            employeeTypes: ("PNS" | "PPPK")[];
            /** @default [] */
            unitIds: number[];
            /** @default null */
            golonganRankMax: number | null;
            /** @default null */
            ageMin: number | null;
        };
        AgreementBody: {
            number: string;
            scope: string;
            validFrom: string;
            validUntil: string;
        };
        AgreementBodyInput: {
            number: string;
            scope: string;
            validFrom: string;
            validUntil: string;
        };
        AnonymousCommentBody: {
            provisionId: number | null;
            /** @default null */
            quote: string | null;
            /** @enum {string} */
            kind: "comment" | "proposal";
            body: string;
            token: string;
        };
        AnonymousCommentBodyInput: {
            provisionId: number | null;
            /** @default null */
            quote: string | null;
            /** @enum {string} */
            kind: "comment" | "proposal";
            body: string;
            token: string;
        };
        Appeal: {
            id: number;
            applicationId: number;
            employee: {
                id: number;
                nip: string;
                name: string;
                unit: string | null;
            };
            score: number | null;
            outcome: string | null;
            reason: string;
            filedAt: string;
            /** @enum {string} */
            state: "pending" | "upheld" | "rejected";
            decision: string | null;
            decidedAt: string | null;
            decidedBy: string | null;
        };
        AppealBody: {
            reason: string;
        };
        AppealBodyInput: {
            reason: string;
        };
        AppealDecisionBody: {
            /** @enum {string} */
            decision: "upheld" | "rejected";
            reason: string;
            /** @default null */
            batchId: number | null;
        };
        AppealDecisionBodyInput: {
            /** @enum {string} */
            decision: "upheld" | "rejected";
            reason: string;
            /** @default null */
            batchId: number | null;
        };
        AppealInput: {
            id: number;
            applicationId: number;
            employee: {
                id: number;
                nip: string;
                name: string;
                unit: string | null;
            };
            score: number | null;
            outcome: string | null;
            reason: string;
            filedAt: string;
            /** @enum {string} */
            state: "pending" | "upheld" | "rejected";
            decision: string | null;
            decidedAt: string | null;
            decidedBy: string | null;
        };
        AppealList: {
            windowEndsOn: string | null;
            items: components["schemas"]["Appeal"][];
        };
        AppealListInput: {
            windowEndsOn: string | null;
            items: components["schemas"]["AppealInput"][];
        };
        Application: {
            id: number;
            programId: number;
            employee: {
                id: number;
                nip: string;
                name: string;
                unit: string | null;
            };
            preferences: number[];
            /** @enum {string} */
            source: "self" | "nomination" | "assignment";
            recommended: boolean;
            motivation: string | null;
            /** @enum {string} */
            state: "applied" | "selected" | "waitlisted" | "notSelected" | "withdrawn";
            batchId: number | null;
            score: number | null;
            scoreLines: {
                /** @enum {string} */
                criterion: "gap" | "jpShortfall" | "sinceLastDevelopment" | "recommendation";
                weight: number;
                value: number | null;
                points: number;
                contribution: number;
            }[] | null;
            outcome: ("selected" | "belowCutoff" | "tie" | "groupFull" | "batchesFull" | "ineligible" | "reservedSeats") | null;
            waitlistPosition: number | null;
            affirmativeGroup: string | null;
            appliedAt: string;
            completion: ("completed" | "failed") | null;
            completionFailure: ("attendance" | "score" | "both") | null;
            certificateId: number | null;
        };
        ApplicationInput: {
            id: number;
            programId: number;
            employee: {
                id: number;
                nip: string;
                name: string;
                unit: string | null;
            };
            preferences: number[];
            /** @enum {string} */
            source: "self" | "nomination" | "assignment";
            recommended: boolean;
            motivation: string | null;
            /** @enum {string} */
            state: "applied" | "selected" | "waitlisted" | "notSelected" | "withdrawn";
            batchId: number | null;
            score: number | null;
            scoreLines: {
                /** @enum {string} */
                criterion: "gap" | "jpShortfall" | "sinceLastDevelopment" | "recommendation";
                weight: number;
                value: number | null;
                points: number;
                contribution: number;
            }[] | null;
            outcome: ("selected" | "belowCutoff" | "tie" | "groupFull" | "batchesFull" | "ineligible" | "reservedSeats") | null;
            waitlistPosition: number | null;
            affirmativeGroup: string | null;
            appliedAt: string;
            completion: ("completed" | "failed") | null;
            completionFailure: ("attendance" | "score" | "both") | null;
            certificateId: number | null;
        };
        ApplicationPage: {
            items: components["schemas"]["Application"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ApplicationPageInput: {
            items: components["schemas"]["ApplicationInput"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ApplyBody: {
            preferences: number[];
            /** @default null */
            motivation: string | null;
        };
        ApplyBodyInput: {
            preferences: number[];
            /** @default null */
            motivation: string | null;
        };
        Assessment: {
            id: number;
            competencyId: number;
            code: string;
            name: string;
            level: number;
            assessedOn: string;
            /** @enum {string} */
            method: "assessmentCentre" | "supervisor" | "self" | "test";
            assessor: string | null;
            source: string | null;
            jobId: string | null;
            recordedBy: string | null;
            recordedAt: string;
        };
        AssessmentBody: {
            competencyId: number;
            level: number;
            assessedOn: string;
            /** @enum {string} */
            method: "assessmentCentre" | "supervisor" | "self" | "test";
            /** @default null */
            assessor: string | null;
            /** @default null */
            source: string | null;
        };
        AssessmentBodyInput: {
            competencyId: number;
            level: number;
            assessedOn: string;
            /** @enum {string} */
            method: "assessmentCentre" | "supervisor" | "self" | "test";
            /** @default null */
            assessor: string | null;
            /** @default null */
            source: string | null;
        };
        AssessmentInput: {
            id: number;
            competencyId: number;
            code: string;
            name: string;
            level: number;
            assessedOn: string;
            /** @enum {string} */
            method: "assessmentCentre" | "supervisor" | "self" | "test";
            assessor: string | null;
            source: string | null;
            jobId: string | null;
            recordedBy: string | null;
            recordedAt: string;
        };
        AssignBody: {
            employeeId: number;
            batchId: number;
        };
        AssignBodyInput: {
            employeeId: number;
            batchId: number;
        };
        AttendanceBody: {
            applicationId: number;
            day: string;
            present: boolean;
        };
        AttendanceBodyInput: {
            applicationId: number;
            day: string;
            present: boolean;
        };
        Audience: {
            /** @constant */
            kind: "criteria";
            /** @default [] */
            unitIds: number[];
            /** @default [] */
            positionKinds: string[];
            /** @default [] */
            golongan: string[];
            /** @default [] */
            employeeTypes: ("PNS" | "PPPK")[];
        } | {
            /** @constant */
            kind: "list";
            employeeIds: number[];
        } | {
            /** @constant */
            kind: "source";
            /** @example program.participants */
            source: string;
            id: number;
        };
        AudienceInput: {
            /** @constant */
            kind: "criteria";
            /** @default [] */
            unitIds: number[];
            /** @default [] */
            positionKinds: string[];
            /** @default [] */
            golongan: string[];
            /** @default [] */
            employeeTypes: ("PNS" | "PPPK")[];
        } | {
            /** @constant */
            kind: "list";
            employeeIds: number[];
        } | {
            /** @constant */
            kind: "source";
            /** @example program.participants */
            source: string;
            id: number;
        };
        AudiencePreview: {
            count: number;
        };
        AudiencePreviewInput: {
            count: number;
        };
        AuditEntry: {
            seq: number;
            at: string;
            actor: {
                id: number;
                name: string;
                username: string;
            } | null;
            action: string;
            entity: string;
            entityId: string | null;
            subject: string | null;
            data: {
                [key: string]: unknown;
            };
            reasonText: string | null;
            hash: string;
        };
        AuditEntryInput: {
            seq: number;
            at: string;
            actor: {
                id: number;
                name: string;
                username: string;
            } | null;
            action: string;
            entity: string;
            entityId: string | null;
            subject: string | null;
            data: {
                [key: string]: unknown;
            };
            reasonText: string | null;
            hash: string;
        };
        AuditHead: {
            tenant: string;
            seq: number;
            hash: string;
            at: string | null;
        };
        AuditHeadInput: {
            tenant: string;
            seq: number;
            hash: string;
            at: string | null;
        };
        AuditPage: {
            items: components["schemas"]["AuditEntry"][];
            total: number;
            page: number;
            pageSize: number;
            head: components["schemas"]["AuditHead"] | null;
        };
        AuditPageInput: {
            items: components["schemas"]["AuditEntryInput"][];
            total: number;
            page: number;
            pageSize: number;
            head: components["schemas"]["AuditHeadInput"] | null;
        };
        Ballot: {
            token: string;
        };
        BallotInput: {
            token: string;
        };
        BatchBody: {
            name: string;
            startsOn: string;
            endsOn: string;
            /** @default null */
            venue: string | null;
            /** @default null */
            onlineUrl: string | null;
            capacity: number;
            /** @default {} */
            reserved: {
                [key: string]: number;
            };
        };
        BatchBodyInput: {
            name: string;
            startsOn: string;
            endsOn: string;
            /** @default null */
            venue: string | null;
            /** @default null */
            onlineUrl: string | null;
            capacity: number;
            /** @default {} */
            reserved: {
                [key: string]: number;
            };
        };
        CertificateVerification: {
            /** @enum {string} */
            status: "valid" | "revoked";
            revokedOn: string | null;
            government: string;
            participant: string;
            program: string;
            startsOn: string;
            endsOn: string;
            jp: number;
        };
        CertificateVerificationInput: {
            /** @enum {string} */
            status: "valid" | "revoked";
            revokedOn: string | null;
            government: string;
            participant: string;
            program: string;
            startsOn: string;
            endsOn: string;
            jp: number;
        };
        CheckInBody: {
            batchId: number;
            day: string;
            code: string;
        };
        CheckInBodyInput: {
            batchId: number;
            day: string;
            code: string;
        };
        CheckInCode: {
            day: string;
            url: string;
            svg: string;
        };
        CheckInCodeInput: {
            day: string;
            url: string;
            svg: string;
        };
        CheckInResult: {
            batch: string;
            day: string;
            attended: number;
            of: number;
        };
        CheckInResultInput: {
            batch: string;
            day: string;
            attended: number;
            of: number;
        };
        CheckTriggersResult: {
            opened: number;
        };
        CheckTriggersResultInput: {
            opened: number;
        };
        CloseUnit: {
            closedOn: string;
            /** @default null */
            moveEmployeesTo: number | null;
        };
        CloseUnitInput: {
            closedOn: string;
            /** @default null */
            moveEmployeesTo: number | null;
        };
        Competency: {
            id: number;
            code: string;
            /** @enum {string} */
            type: "manajerial" | "sosialKultural" | "teknis";
            national: boolean;
            name: string;
            definition: string | null;
            levels: components["schemas"]["CompetencyLevelText"][];
            positionCount: number;
            assessed: boolean;
        };
        CompetencyGapRow: {
            competencyId: number;
            code: string;
            name: string;
            /** @enum {string} */
            type: "manajerial" | "sosialKultural" | "teknis";
            required: number;
            actual: number | null;
            gap: number | null;
            assessedOn: string | null;
        };
        CompetencyGapRowInput: {
            competencyId: number;
            code: string;
            name: string;
            /** @enum {string} */
            type: "manajerial" | "sosialKultural" | "teknis";
            required: number;
            actual: number | null;
            gap: number | null;
            assessedOn: string | null;
        };
        CompetencyInput: {
            id: number;
            code: string;
            /** @enum {string} */
            type: "manajerial" | "sosialKultural" | "teknis";
            national: boolean;
            name: string;
            definition: string | null;
            levels: components["schemas"]["CompetencyLevelTextInput"][];
            positionCount: number;
            assessed: boolean;
        };
        CompetencyLevelText: {
            level: number;
            descriptor: string;
            indicators: string[];
        };
        CompetencyLevelTextInput: {
            level: number;
            descriptor: string;
            indicators: string[];
        };
        CompetencyList: {
            items: components["schemas"]["Competency"][];
        };
        CompetencyListInput: {
            items: components["schemas"]["CompetencyInput"][];
        };
        ConsultationAudience: {
            employees: boolean;
            leaders: boolean;
            partners: boolean;
            public?: boolean;
        };
        ConsultationAudienceInput: {
            employees: boolean;
            leaders: boolean;
            partners: boolean;
            public?: boolean;
        };
        ConsultationBallot: {
            token: string;
        };
        ConsultationBallotInput: {
            token: string;
        };
        ConsultationComment: {
            id: number;
            roundId: number;
            provisionId: number | null;
            provisionLabel: string | null;
            quote: string | null;
            outdated: boolean;
            /** @enum {string} */
            kind: "comment" | "proposal";
            body: string;
            author: string | null;
            /** @enum {string} */
            source: "identified" | "anonymous" | "public";
            mine: boolean;
            /** Format: date-time */
            createdAt: string;
            supports: number;
            supportedByMe: boolean;
            hidden: {
                reason: string;
                /** Format: date-time */
                at: string;
            } | null;
            response: {
                /** @enum {string} */
                response: "accepted" | "partial" | "rejected";
                reason: string;
                /** Format: date-time */
                at: string;
            } | null;
            absorbedIn: {
                versionId: number;
                versionNumber: number;
                provisionId: number;
                label: string;
            }[];
        };
        ConsultationCommentInput: {
            id: number;
            roundId: number;
            provisionId: number | null;
            provisionLabel: string | null;
            quote: string | null;
            outdated: boolean;
            /** @enum {string} */
            kind: "comment" | "proposal";
            body: string;
            author: string | null;
            /** @enum {string} */
            source: "identified" | "anonymous" | "public";
            mine: boolean;
            /** Format: date-time */
            createdAt: string;
            supports: number;
            supportedByMe: boolean;
            hidden: {
                reason: string;
                /** Format: date-time */
                at: string;
            } | null;
            response: {
                /** @enum {string} */
                response: "accepted" | "partial" | "rejected";
                reason: string;
                /** Format: date-time */
                at: string;
            } | null;
            absorbedIn: {
                versionId: number;
                versionNumber: number;
                provisionId: number;
                label: string;
            }[];
        };
        ConsultationList: {
            rounds: components["schemas"]["ConsultationRound"][];
        };
        ConsultationListInput: {
            rounds: components["schemas"]["ConsultationRoundInput"][];
        };
        ConsultationRound: {
            id: number;
            versionId: number;
            versionNumber: number;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            closesAt: string;
            closedAt: string | null;
            audience: components["schemas"]["ConsultationAudience"];
            allowAnonymous: boolean;
            minGroupSize: number;
            withheld: number;
            accepting: boolean;
            canTakePart: boolean;
            canTakePartAnonymously: boolean;
            openItems: number;
            comments: components["schemas"]["ConsultationComment"][];
        };
        ConsultationRoundInput: {
            id: number;
            versionId: number;
            versionNumber: number;
            /** Format: date-time */
            openedAt: string;
            /** Format: date-time */
            closesAt: string;
            closedAt: string | null;
            audience: components["schemas"]["ConsultationAudienceInput"];
            allowAnonymous: boolean;
            minGroupSize: number;
            withheld: number;
            accepting: boolean;
            canTakePart: boolean;
            canTakePartAnonymously: boolean;
            openItems: number;
            comments: components["schemas"]["ConsultationCommentInput"][];
        };
        ConsultationWindow: {
            versionNumber: number;
            from: string;
            until: string;
            audience: components["schemas"]["ConsultationAudience"];
        };
        ConsultationWindowInput: {
            versionNumber: number;
            from: string;
            until: string;
            audience: components["schemas"]["ConsultationAudienceInput"];
        };
        CopyStandardBody: {
            toPositionIds: number[];
        };
        CopyStandardBodyInput: {
            toPositionIds: number[];
        };
        CorrectEmployee: {
            version: string;
            name?: string;
            frontTitle?: string | null;
            backTitle?: string | null;
            /** @enum {string} */
            sex?: "M" | "F";
            birthDate?: string;
            /** @enum {string} */
            status?: "aktif" | "nonaktif";
            unitId?: number;
            positionId?: number | null;
            golongan?: string | null;
            tmtCpns?: string | null;
            tmtPns?: string | null;
            tmtGolongan?: string | null;
            tmtJabatan?: string | null;
            educationLevel?: string | null;
            education?: string | null;
        };
        CorrectEmployeeInput: {
            version: string;
            name?: string;
            frontTitle?: string | null;
            backTitle?: string | null;
            /** @enum {string} */
            sex?: "M" | "F";
            birthDate?: string;
            /** @enum {string} */
            status?: "aktif" | "nonaktif";
            unitId?: number;
            positionId?: number | null;
            golongan?: string | null;
            tmtCpns?: string | null;
            tmtPns?: string | null;
            tmtGolongan?: string | null;
            tmtJabatan?: string | null;
            educationLevel?: string | null;
            education?: string | null;
        };
        CreateCommentBody: {
            provisionId: number | null;
            /** @default null */
            quote: string | null;
            /** @enum {string} */
            kind: "comment" | "proposal";
            body: string;
        };
        CreateCommentBodyInput: {
            provisionId: number | null;
            /** @default null */
            quote: string | null;
            /** @enum {string} */
            kind: "comment" | "proposal";
            body: string;
        };
        CreateForumBody: {
            title: string;
            year: number;
            startsAt: string;
            endsAt: string;
            place: string;
            /** @default [] */
            policyIds: number[];
        };
        CreateForumBodyInput: {
            title: string;
            year: number;
            startsAt: string;
            endsAt: string;
            place: string;
            /** @default [] */
            policyIds: number[];
        };
        CreateIdpBody: {
            year: number;
            /** @default true */
            recommend: boolean;
        };
        CreateIdpBodyInput: {
            year: number;
            /** @default true */
            recommend: boolean;
        };
        CreateIndicatorBody: {
            name: string;
            params: components["schemas"]["IndicatorSourceParams"];
            /** @enum {string} */
            direction: "up" | "down";
            baseline: number | null;
            target: number;
        };
        CreateIndicatorBodyInput: {
            name: string;
            params: components["schemas"]["IndicatorSourceParamsInput"];
            /** @enum {string} */
            direction: "up" | "down";
            baseline: number | null;
            target: number;
        };
        CreateInstrumentBody: {
            templateKey: string;
        } | {
            definition: components["schemas"]["InstrumentDefinition"];
        };
        CreateInstrumentBodyInput: {
            templateKey: string;
        } | {
            definition: components["schemas"]["InstrumentDefinitionInput"];
        };
        CreatePlanBody: {
            year: number;
            unitId: number | null;
            /** @default null */
            budget: number | null;
        };
        CreatePlanBodyInput: {
            year: number;
            unitId: number | null;
            /** @default null */
            budget: number | null;
        };
        CreatePolicyBody: {
            title: string;
            /** @enum {string} */
            area: "karier" | "kompetensi" | "sdm" | "kepegawaian";
            purpose: string;
            principles: string[];
            legalBasis: string[];
            ownerUnitId: number | null;
            surveyIds: number[];
            /** @default 6 */
            evaluationMonths: number;
        };
        CreatePolicyBodyInput: {
            title: string;
            /** @enum {string} */
            area: "karier" | "kompetensi" | "sdm" | "kepegawaian";
            purpose: string;
            principles: string[];
            legalBasis: string[];
            ownerUnitId: number | null;
            surveyIds: number[];
            /** @default 6 */
            evaluationMonths: number;
        };
        CreateSurveyBody: {
            instrumentId: number;
            title: string;
            /** @enum {string} */
            mode: "identified" | "anonymous" | "public";
            audience?: components["schemas"]["Audience"];
            /** @default null */
            serviceUnitId: number | null;
            /** @default null */
            serviceName: string | null;
            minGroupSize?: number;
        };
        CreateSurveyBodyInput: {
            instrumentId: number;
            title: string;
            /** @enum {string} */
            mode: "identified" | "anonymous" | "public";
            audience?: components["schemas"]["AudienceInput"];
            /** @default null */
            serviceUnitId: number | null;
            /** @default null */
            serviceName: string | null;
            minGroupSize?: number;
        };
        CreateTriggerBody: {
            indicatorId: number;
            rule: components["schemas"]["TriggerRule"];
        };
        CreateTriggerBodyInput: {
            indicatorId: number;
            rule: components["schemas"]["TriggerRuleInput"];
        };
        CreateUnit: {
            name: string;
            /** @enum {string} */
            kind: "opd" | "sekretariat" | "inspektorat" | "dinas" | "badan" | "kecamatan" | "kelurahan" | "rsud" | "sudin" | "kota_administrasi" | "kabupaten_administrasi" | "bagian" | "subbagian" | "bidang" | "seksi" | "upt" | "unit";
            parentId: number | null;
        };
        CreateUnitInput: {
            name: string;
            /** @enum {string} */
            kind: "opd" | "sekretariat" | "inspektorat" | "dinas" | "badan" | "kecamatan" | "kelurahan" | "rsud" | "sudin" | "kota_administrasi" | "kabupaten_administrasi" | "bagian" | "subbagian" | "bidang" | "seksi" | "upt" | "unit";
            parentId: number | null;
        };
        CreateWaveBody: {
            label: string;
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
            /** @default null */
            population: number | null;
            /** @default null */
            reminderAt: string | null;
        };
        CreateWaveBodyInput: {
            label: string;
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
            /** @default null */
            population: number | null;
            /** @default null */
            reminderAt: string | null;
        };
        Curricula: {
            items: components["schemas"]["CurriculumVersion"][];
            programJp: number;
            jpMismatch: boolean;
            history: boolean;
            revisable: boolean;
        };
        CurriculaInput: {
            items: components["schemas"]["CurriculumVersionInput"][];
            programJp: number;
            jpMismatch: boolean;
            history: boolean;
            revisable: boolean;
        };
        CurriculumBody: {
            modules: components["schemas"]["CurriculumModule"][];
            /** @default null */
            reason: string | null;
            /** @default [] */
            evidenceBatchIds: number[];
            previousVersion?: number | null;
            /** @default true */
            applyToUnstartedBatches: boolean;
        };
        CurriculumBodyInput: {
            modules: components["schemas"]["CurriculumModuleInput"][];
            /** @default null */
            reason: string | null;
            /** @default [] */
            evidenceBatchIds: number[];
            previousVersion?: number | null;
            /** @default true */
            applyToUnstartedBatches: boolean;
        };
        CurriculumDiff: {
            added: components["schemas"]["CurriculumModule"][];
            removed: components["schemas"]["CurriculumModule"][];
            changed: {
                title: string;
                previousTitle: string;
                jpFrom: number;
                jpTo: number;
                objectivesAdded: string[];
                objectivesRemoved: string[];
                positionFrom: number;
                positionTo: number;
            }[];
            jpMoved: number;
        };
        CurriculumDiffInput: {
            added: components["schemas"]["CurriculumModuleInput"][];
            removed: components["schemas"]["CurriculumModuleInput"][];
            changed: {
                title: string;
                previousTitle: string;
                jpFrom: number;
                jpTo: number;
                objectivesAdded: string[];
                objectivesRemoved: string[];
                positionFrom: number;
                positionTo: number;
            }[];
            jpMoved: number;
        };
        CurriculumModule: {
            title: string;
            objectives: string[];
            jp: number;
        };
        CurriculumModuleInput: {
            title: string;
            objectives: string[];
            jp: number;
        };
        CurriculumVersion: {
            id: number;
            version: number;
            modules: components["schemas"]["CurriculumModule"][];
            jp: number;
            createdAt: string;
            author: string | null;
            reason: string | null;
            evidenceBatches: {
                id: number;
                name: string;
            }[];
            batches: {
                id: number;
                name: string;
            }[];
            changes: components["schemas"]["CurriculumDiff"] | null;
        };
        CurriculumVersionInput: {
            id: number;
            version: number;
            modules: components["schemas"]["CurriculumModuleInput"][];
            jp: number;
            createdAt: string;
            author: string | null;
            reason: string | null;
            evidenceBatches: {
                id: number;
                name: string;
            }[];
            batches: {
                id: number;
                name: string;
            }[];
            changes: components["schemas"]["CurriculumDiffInput"] | null;
        };
        Dashboard: {
            employees: {
                total: number;
                pns: number;
                pppk: number;
            };
            byUnit: {
                unitId: number;
                name: string;
                count: number;
            }[];
            byGolongan: {
                golongan: string;
                count: number;
            }[];
            byPositionKind: {
                kind: string;
                count: number;
            }[];
        };
        DashboardAttention: {
            openWaves: {
                surveyId: number;
                waveId: number;
                title: string;
                label: string;
                closesAt: string;
                invited: number;
                answered: number;
            }[];
            imports: {
                jobId: string;
                /** @enum {string} */
                kind: "employees" | "units" | "positions" | "competency-standards" | "competency-assessments" | "development" | "performance-history";
                /** @enum {string} */
                status: "queued" | "running" | "succeeded" | "failed";
                createdAt: string;
                finishedAt: string | null;
                rows: number | null;
                invalid: number | null;
            }[];
        };
        DashboardAttentionInput: {
            openWaves: {
                surveyId: number;
                waveId: number;
                title: string;
                label: string;
                closesAt: string;
                invited: number;
                answered: number;
            }[];
            imports: {
                jobId: string;
                /** @enum {string} */
                kind: "employees" | "units" | "positions" | "competency-standards" | "competency-assessments" | "development" | "performance-history";
                /** @enum {string} */
                status: "queued" | "running" | "succeeded" | "failed";
                createdAt: string;
                finishedAt: string | null;
                rows: number | null;
                invalid: number | null;
            }[];
        };
        DashboardInput: {
            employees: {
                total: number;
                pns: number;
                pppk: number;
            };
            byUnit: {
                unitId: number;
                name: string;
                count: number;
            }[];
            byGolongan: {
                golongan: string;
                count: number;
            }[];
            byPositionKind: {
                kind: string;
                count: number;
            }[];
        };
        DashboardSurveys: {
            k: number;
            ikm: {
                surveyId: number;
                title: string;
                serviceName: string | null;
                serviceUnit: string | null;
                wave: {
                    id: number;
                    number: number;
                    label: string;
                    opensAt: string;
                    closesAt: string;
                };
                /** @enum {string} */
                reach: "whole" | "slice";
                responses: number;
                population: number | null;
                minimumSample: number | null;
                ikm: components["schemas"]["IkmResult"] | null;
                spread: components["schemas"]["IkmSpread"] | null;
                suppressed: boolean;
            }[];
            results: {
                waveId: number;
                surveyId: number;
                title: string;
                label: string;
                /** @enum {string} */
                mode: "identified" | "anonymous" | "public";
                kind: string;
                final: boolean;
                closesAt: string;
                /** @enum {string} */
                reach: "whole" | "slice";
                responses: number;
                ikm: number | null;
            }[];
            ikmConvention: components["schemas"]["IkmConvention"];
        };
        DashboardSurveysInput: {
            k: number;
            ikm: {
                surveyId: number;
                title: string;
                serviceName: string | null;
                serviceUnit: string | null;
                wave: {
                    id: number;
                    number: number;
                    label: string;
                    opensAt: string;
                    closesAt: string;
                };
                /** @enum {string} */
                reach: "whole" | "slice";
                responses: number;
                population: number | null;
                minimumSample: number | null;
                ikm: components["schemas"]["IkmResultInput"] | null;
                spread: components["schemas"]["IkmSpreadInput"] | null;
                suppressed: boolean;
            }[];
            results: {
                waveId: number;
                surveyId: number;
                title: string;
                label: string;
                /** @enum {string} */
                mode: "identified" | "anonymous" | "public";
                kind: string;
                final: boolean;
                closesAt: string;
                /** @enum {string} */
                reach: "whole" | "slice";
                responses: number;
                ikm: number | null;
            }[];
            ikmConvention: components["schemas"]["IkmConventionInput"];
        };
        DevelopmentRecord: {
            id: number;
            /** @enum {string} */
            kind: "diklat" | "kursus" | "program";
            category: string | null;
            name: string;
            pathCode: ("KL01" | "KL02" | "KL03" | "KL04" | "KL05" | "KL06" | "KL07" | "KL08" | "KL09" | "KL10" | "KL11" | "KL12" | "NKL01" | "NKL02" | "NKL03" | "NKL04" | "NKL05" | "NKL06" | "NKL07" | "NKL08" | "NKL09" | "NKL10" | "NKL11" | "NKL12" | "NKL13") | null;
            institution: string | null;
            certificateNumber: string | null;
            startedOn: string | null;
            endedOn: string;
            jp: number;
            /** @enum {string} */
            source: "manual" | "import" | "program";
            jobId: string | null;
        };
        DevelopmentRecordBody: {
            /** @enum {string} */
            kind: "diklat" | "kursus";
            /** @default null */
            category: string | null;
            name: string;
            /** @default null */
            pathCode: ("KL01" | "KL02" | "KL03" | "KL04" | "KL05" | "KL06" | "KL07" | "KL08" | "KL09" | "KL10" | "KL11" | "KL12" | "NKL01" | "NKL02" | "NKL03" | "NKL04" | "NKL05" | "NKL06" | "NKL07" | "NKL08" | "NKL09" | "NKL10" | "NKL11" | "NKL12" | "NKL13") | null;
            /** @default null */
            institution: string | null;
            /** @default null */
            certificateNumber: string | null;
            /** @default null */
            startedOn: string | null;
            endedOn: string;
            jp: number;
        };
        DevelopmentRecordBodyInput: {
            /** @enum {string} */
            kind: "diklat" | "kursus";
            /** @default null */
            category: string | null;
            name: string;
            /** @default null */
            pathCode: ("KL01" | "KL02" | "KL03" | "KL04" | "KL05" | "KL06" | "KL07" | "KL08" | "KL09" | "KL10" | "KL11" | "KL12" | "NKL01" | "NKL02" | "NKL03" | "NKL04" | "NKL05" | "NKL06" | "NKL07" | "NKL08" | "NKL09" | "NKL10" | "NKL11" | "NKL12" | "NKL13") | null;
            /** @default null */
            institution: string | null;
            /** @default null */
            certificateNumber: string | null;
            /** @default null */
            startedOn: string | null;
            endedOn: string;
            jp: number;
        };
        DevelopmentRecordInput: {
            id: number;
            /** @enum {string} */
            kind: "diklat" | "kursus" | "program";
            category: string | null;
            name: string;
            pathCode: ("KL01" | "KL02" | "KL03" | "KL04" | "KL05" | "KL06" | "KL07" | "KL08" | "KL09" | "KL10" | "KL11" | "KL12" | "NKL01" | "NKL02" | "NKL03" | "NKL04" | "NKL05" | "NKL06" | "NKL07" | "NKL08" | "NKL09" | "NKL10" | "NKL11" | "NKL12" | "NKL13") | null;
            institution: string | null;
            certificateNumber: string | null;
            startedOn: string | null;
            endedOn: string;
            jp: number;
            /** @enum {string} */
            source: "manual" | "import" | "program";
            jobId: string | null;
        };
        DismissProposalBody: {
            reason: string;
        };
        DismissProposalBodyInput: {
            reason: string;
        };
        Eligibility: {
            eligible: boolean;
            reasons: ("inactive" | "unit" | "positionKind" | "golonganBelow" | "golonganAbove" | "golonganUnknown" | "employeeType" | "noGap" | "completedRecently" | "talentBox")[];
            explanations: string[];
        };
        EligibilityInput: {
            eligible: boolean;
            reasons: ("inactive" | "unit" | "positionKind" | "golonganBelow" | "golonganAbove" | "golonganUnknown" | "employeeType" | "noGap" | "completedRecently" | "talentBox")[];
            explanations: string[];
        };
        EligibilityRules: {
            /** @default [] */
            unitIds: number[];
            /** @default [] */
            positionKinds: string[];
            /** @default null */
            golonganRankMin: number | null;
            /** @default null */
            golonganRankMax: number | null;
            /** @default [] */
            employeeTypes: ("PNS" | "PPPK")[];
            /** @default false */
            requiresGap: boolean;
            /** @default null */
            repeatAfterYears: number | null;
            /** @default [] */
            talentBoxes: number[];
        };
        EligibilityRulesInput: {
            /** @default [] */
            unitIds: number[];
            /** @default [] */
            positionKinds: string[];
            /** @default null */
            golonganRankMin: number | null;
            /** @default null */
            golonganRankMax: number | null;
            /** @default [] */
            employeeTypes: ("PNS" | "PPPK")[];
            /** @default false */
            requiresGap: boolean;
            /** @default null */
            repeatAfterYears: number | null;
            /** @default [] */
            talentBoxes: number[];
        };
        EmployeeCompetencies: {
            employeeId: number;
            name: string;
            nip: string;
            current: components["schemas"]["PositionMatch"] | null;
            target: components["schemas"]["PositionMatch"] | null;
            beyondStandard: {
                competencyId: number;
                code: string;
                name: string;
                /** @enum {string} */
                type: "manajerial" | "sosialKultural" | "teknis";
                actual: number | null;
                assessedOn: string | null;
            }[];
            performanceGap: null;
            history: components["schemas"]["Assessment"][];
            jpmThresholds: components["schemas"]["JpmThresholds"];
        };
        EmployeeCompetenciesInput: {
            employeeId: number;
            name: string;
            nip: string;
            current: components["schemas"]["PositionMatchInput"] | null;
            target: components["schemas"]["PositionMatchInput"] | null;
            beyondStandard: {
                competencyId: number;
                code: string;
                name: string;
                /** @enum {string} */
                type: "manajerial" | "sosialKultural" | "teknis";
                actual: number | null;
                assessedOn: string | null;
            }[];
            performanceGap: null;
            history: components["schemas"]["AssessmentInput"][];
            jpmThresholds: components["schemas"]["JpmThresholdsInput"];
        };
        EmployeeCorrected: {
            employee: components["schemas"]["EmployeeDetail"];
            changed: string[];
            warnings: {
                field: string;
                message: string;
            }[];
        };
        EmployeeCorrectedInput: {
            employee: components["schemas"]["EmployeeDetailInput"];
            changed: string[];
            warnings: {
                field: string;
                message: string;
            }[];
        };
        EmployeeDetail: {
            id: number;
            nip: string;
            nipFormatted: string;
            /** @enum {string} */
            employeeType: "PNS" | "PPPK";
            fullName: string;
            golongan: string | null;
            positionName: string | null;
            positionKind: string | null;
            unitName: string | null;
            unitPath: string[];
            name: string;
            frontTitle: string | null;
            backTitle: string | null;
            birthDate: string;
            /** @enum {string} */
            sex: "M" | "F";
            nikMasked: string | null;
            pnsId: string | null;
            nipLama: string | null;
            legalStatus: string | null;
            golonganInitial: string | null;
            tmtCpns: string | null;
            tmtPns: string | null;
            tmtGolongan: string | null;
            tmtJabatan: string | null;
            serviceYears: number | null;
            serviceMonths: number | null;
            positionLevel: string | null;
            educationLevel: string | null;
            education: string | null;
            status: string;
            createdAt: string;
            updatedAt: string;
            unitId: number | null;
            positionId: number | null;
            version: string;
        };
        EmployeeDetailInput: {
            id: number;
            nip: string;
            nipFormatted: string;
            /** @enum {string} */
            employeeType: "PNS" | "PPPK";
            fullName: string;
            golongan: string | null;
            positionName: string | null;
            positionKind: string | null;
            unitName: string | null;
            unitPath: string[];
            name: string;
            frontTitle: string | null;
            backTitle: string | null;
            birthDate: string;
            /** @enum {string} */
            sex: "M" | "F";
            nikMasked: string | null;
            pnsId: string | null;
            nipLama: string | null;
            legalStatus: string | null;
            golonganInitial: string | null;
            tmtCpns: string | null;
            tmtPns: string | null;
            tmtGolongan: string | null;
            tmtJabatan: string | null;
            serviceYears: number | null;
            serviceMonths: number | null;
            positionLevel: string | null;
            educationLevel: string | null;
            education: string | null;
            status: string;
            createdAt: string;
            updatedAt: string;
            unitId: number | null;
            positionId: number | null;
            version: string;
        };
        EmployeeDevelopment: {
            employeeId: number;
            name: string;
            nip: string;
            /** @enum {string} */
            employeeType: "PNS" | "PPPK";
            attainment: components["schemas"]["JpAttainment"];
            years: {
                year: number;
                earned: number;
            }[];
            records: components["schemas"]["DevelopmentRecord"][];
        };
        EmployeeDevelopmentInput: {
            employeeId: number;
            name: string;
            nip: string;
            /** @enum {string} */
            employeeType: "PNS" | "PPPK";
            attainment: components["schemas"]["JpAttainmentInput"];
            years: {
                year: number;
                earned: number;
            }[];
            records: components["schemas"]["DevelopmentRecordInput"][];
        };
        EmployeePage: {
            items: components["schemas"]["EmployeeSummary"][];
            total: number;
            page: number;
            pageSize: number;
        };
        EmployeePageInput: {
            items: components["schemas"]["EmployeeSummaryInput"][];
            total: number;
            page: number;
            pageSize: number;
        };
        EmployeeSummary: {
            id: number;
            nip: string;
            nipFormatted: string;
            /** @enum {string} */
            employeeType: "PNS" | "PPPK";
            fullName: string;
            golongan: string | null;
            positionName: string | null;
            positionKind: string | null;
            unitName: string | null;
            unitPath: string[];
        };
        EmployeeSummaryInput: {
            id: number;
            nip: string;
            nipFormatted: string;
            /** @enum {string} */
            employeeType: "PNS" | "PPPK";
            fullName: string;
            golongan: string | null;
            positionName: string | null;
            positionKind: string | null;
            unitName: string | null;
            unitPath: string[];
        };
        EquityReport: {
            selected: boolean;
            dimensions: {
                /** @enum {string} */
                dimension: "sex" | "golongan" | "opd" | "ageBand" | "employeeType";
                rows: {
                    group: string;
                    label: string;
                    population: number;
                    applicants: number;
                    selected: number;
                    applicationRate: number | null;
                    selectionRate: number | null;
                    ratioToBest: number | null;
                    judged: boolean;
                    flagged: boolean;
                }[];
                parity: number | null;
            }[];
        };
        EquityReportInput: {
            selected: boolean;
            dimensions: {
                /** @enum {string} */
                dimension: "sex" | "golongan" | "opd" | "ageBand" | "employeeType";
                rows: {
                    group: string;
                    label: string;
                    population: number;
                    applicants: number;
                    selected: number;
                    applicationRate: number | null;
                    selectionRate: number | null;
                    ratioToBest: number | null;
                    judged: boolean;
                    flagged: boolean;
                }[];
                parity: number | null;
            }[];
        };
        EvaluationDetail: {
            id: number;
            versionNumber: number;
            period: {
                from: string;
                to: string;
            };
            /** Format: date-time */
            startedAt: string;
            startedBy: string | null;
            findings: components["schemas"]["EvaluationFinding"][];
            recommendation: ("keep" | "adjust" | "revise") | null;
            decision: ("keep" | "revise") | null;
            decidedAt: string | null;
            policyId: number;
            report: components["schemas"]["EvaluationReport"];
            recommendationDetail: {
                reason: string;
                by: string | null;
                /** Format: date-time */
                at: string;
            } | null;
            decisionDetail: {
                note: string | null;
                by: string | null;
                /** Format: date-time */
                at: string;
            } | null;
            canAddFinding: boolean;
            canRecommend: boolean;
            canDecide: boolean;
        };
        EvaluationDetailInput: {
            id: number;
            versionNumber: number;
            period: {
                from: string;
                to: string;
            };
            /** Format: date-time */
            startedAt: string;
            startedBy: string | null;
            findings: components["schemas"]["EvaluationFindingInput"][];
            recommendation: ("keep" | "adjust" | "revise") | null;
            decision: ("keep" | "revise") | null;
            decidedAt: string | null;
            policyId: number;
            report: components["schemas"]["EvaluationReportInput"];
            recommendationDetail: {
                reason: string;
                by: string | null;
                /** Format: date-time */
                at: string;
            } | null;
            decisionDetail: {
                note: string | null;
                by: string | null;
                /** Format: date-time */
                at: string;
            } | null;
            canAddFinding: boolean;
            canRecommend: boolean;
            canDecide: boolean;
        };
        EvaluationFinding: {
            id: number;
            body: string;
            by: string | null;
            /** Format: date-time */
            at: string;
            uses: {
                versionId: number;
                versionNumber: number;
                label: string;
                removed: boolean;
            }[];
        };
        EvaluationFindingInput: {
            id: number;
            body: string;
            by: string | null;
            /** Format: date-time */
            at: string;
            uses: {
                versionId: number;
                versionNumber: number;
                label: string;
                removed: boolean;
            }[];
        };
        EvaluationList: {
            items: components["schemas"]["EvaluationSummary"][];
            months: number;
            nextDue: string | null;
        };
        EvaluationListInput: {
            items: components["schemas"]["EvaluationSummaryInput"][];
            months: number;
            nextDue: string | null;
        };
        EvaluationPlanBody: {
            followUpMonths: number | null;
            resultSurveyId: number | null;
        };
        EvaluationPlanBodyInput: {
            followUpMonths: number | null;
            resultSurveyId: number | null;
        };
        EvaluationReport: {
            policyTitle: string;
            version: {
                id: number;
                number: number;
                effectiveFrom: string;
            };
            indicators: components["schemas"]["IndicatorView"][];
            surveys: {
                surveyId: number;
                title: string;
                waves: {
                    waveId: number;
                    label: string;
                    /** Format: date-time */
                    closesAt: string;
                    inPeriod: boolean;
                    responses: number;
                    responseRate: number | null;
                }[];
            }[];
            consultation: {
                rounds: number;
                comments: number;
                proposals: number;
                responses: {
                    [key: string]: number;
                };
            };
            /** Format: date-time */
            compiledAt: string;
        };
        EvaluationReportInput: {
            policyTitle: string;
            version: {
                id: number;
                number: number;
                effectiveFrom: string;
            };
            indicators: components["schemas"]["IndicatorViewInput"][];
            surveys: {
                surveyId: number;
                title: string;
                waves: {
                    waveId: number;
                    label: string;
                    /** Format: date-time */
                    closesAt: string;
                    inPeriod: boolean;
                    responses: number;
                    responseRate: number | null;
                }[];
            }[];
            consultation: {
                rounds: number;
                comments: number;
                proposals: number;
                responses: {
                    [key: string]: number;
                };
            };
            /** Format: date-time */
            compiledAt: string;
        };
        EvaluationSummary: {
            id: number;
            versionNumber: number;
            period: {
                from: string;
                to: string;
            };
            /** Format: date-time */
            startedAt: string;
            startedBy: string | null;
            findings: number;
            recommendation: ("keep" | "adjust" | "revise") | null;
            decision: ("keep" | "revise") | null;
            decidedAt: string | null;
        };
        EvaluationSummaryInput: {
            id: number;
            versionNumber: number;
            period: {
                from: string;
                to: string;
            };
            /** Format: date-time */
            startedAt: string;
            startedBy: string | null;
            findings: number;
            recommendation: ("keep" | "adjust" | "revise") | null;
            decision: ("keep" | "revise") | null;
            decidedAt: string | null;
        };
        EventDeliveryList: {
            items: {
                /** Format: uuid */
                eventId: string;
                type: string;
                subscriber: string;
                /** @enum {string} */
                status: "pending" | "failed";
                attempts: number;
                occurredAt: string;
                nextAttemptAt: string | null;
                lastError: string | null;
            }[];
        };
        EventDeliveryListInput: {
            items: {
                /** Format: uuid */
                eventId: string;
                type: string;
                subscriber: string;
                /** @enum {string} */
                status: "pending" | "failed";
                attempts: number;
                occurredAt: string;
                nextAttemptAt: string | null;
                lastError: string | null;
            }[];
        };
        EvidenceInput: {
            /** @constant */
            kind: "surveyQuestion";
            waveId: number;
            questionKey: string;
            /** @default null */
            statementKey: string | null;
        } | {
            /** @constant */
            kind: "surveyWave";
            waveId: number;
        } | {
            /** @constant */
            kind: "document";
            citation: string;
        } | {
            /** @constant */
            kind: "consultation";
            commentId: number;
        } | {
            /** @constant */
            kind: "finding";
            findingId: number;
        } | {
            /** @constant */
            kind: "forumProposal";
            proposalId: number;
        } | {
            /** @constant */
            kind: "indicatorMeasurement";
            indicatorId: number;
            /** Format: date-time */
            at: string;
        };
        EvidenceInputInput: {
            /** @constant */
            kind: "surveyQuestion";
            waveId: number;
            questionKey: string;
            /** @default null */
            statementKey: string | null;
        } | {
            /** @constant */
            kind: "surveyWave";
            waveId: number;
        } | {
            /** @constant */
            kind: "document";
            citation: string;
        } | {
            /** @constant */
            kind: "consultation";
            commentId: number;
        } | {
            /** @constant */
            kind: "finding";
            findingId: number;
        } | {
            /** @constant */
            kind: "forumProposal";
            proposalId: number;
        } | {
            /** @constant */
            kind: "indicatorMeasurement";
            indicatorId: number;
            /** Format: date-time */
            at: string;
        };
        EvidenceView: {
            /** @enum {string} */
            kind: "surveyQuestion" | "surveyWave" | "document" | "consultation" | "finding" | "forumProposal" | "indicatorMeasurement";
            label: string;
            surveyId: number | null;
            waveId: number | null;
            questionKey: string | null;
            statementKey: string | null;
            commentId: number | null;
            findingId: number | null;
            evaluationId: number | null;
            proposalId: number | null;
            forumId: number | null;
            indicatorId: number | null;
            measuredAt: string | null;
            measuredValue: number | null;
        };
        EvidenceViewInput: {
            /** @enum {string} */
            kind: "surveyQuestion" | "surveyWave" | "document" | "consultation" | "finding" | "forumProposal" | "indicatorMeasurement";
            label: string;
            surveyId: number | null;
            waveId: number | null;
            questionKey: string | null;
            statementKey: string | null;
            commentId: number | null;
            findingId: number | null;
            evaluationId: number | null;
            proposalId: number | null;
            forumId: number | null;
            indicatorId: number | null;
            measuredAt: string | null;
            measuredValue: number | null;
        };
        FinalScoreBody: {
            applicationId: number;
            finalScore: number | null;
        };
        FinalScoreBodyInput: {
            applicationId: number;
            finalScore: number | null;
        };
        Forum: {
            id: number;
            title: string;
            year: number;
            /** @enum {string} */
            state: "planned" | "open" | "closed";
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            local: {
                startsAt: string;
                endsAt: string;
                /** @enum {string} */
                zone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
            };
            place: string;
            proposalCount: number;
            policyIds: number[];
            policies: {
                id: number;
                title: string;
            }[];
            agenda: {
                time: string | null;
                title: string;
                note: string | null;
            }[];
            accepting: boolean;
            canTakePart: boolean;
            canManage: boolean;
            minutes: {
                text: string;
                /** Format: date-time */
                at: string;
                by: string;
            } | null;
            proposals: components["schemas"]["ForumProposal"][];
        };
        ForumAgendaBody: {
            items: {
                /** @default null */
                time: string | null;
                title: string;
                /** @default null */
                note: string | null;
            }[];
        };
        ForumAgendaBodyInput: {
            items: {
                /** @default null */
                time: string | null;
                title: string;
                /** @default null */
                note: string | null;
            }[];
        };
        ForumHideBody: {
            reason: string;
        };
        ForumHideBodyInput: {
            reason: string;
        };
        ForumInput: {
            id: number;
            title: string;
            year: number;
            /** @enum {string} */
            state: "planned" | "open" | "closed";
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            local: {
                startsAt: string;
                endsAt: string;
                /** @enum {string} */
                zone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
            };
            place: string;
            proposalCount: number;
            policyIds: number[];
            policies: {
                id: number;
                title: string;
            }[];
            agenda: {
                time: string | null;
                title: string;
                note: string | null;
            }[];
            accepting: boolean;
            canTakePart: boolean;
            canManage: boolean;
            minutes: {
                text: string;
                /** Format: date-time */
                at: string;
                by: string;
            } | null;
            proposals: components["schemas"]["ForumProposalInput"][];
        };
        ForumList: {
            items: components["schemas"]["ForumSummary"][];
        };
        ForumListInput: {
            items: components["schemas"]["ForumSummaryInput"][];
        };
        ForumMinutesBody: {
            minutes: string;
        };
        ForumMinutesBodyInput: {
            minutes: string;
        };
        ForumOutcomeBody: {
            /** @enum {string} */
            outcome: "accepted" | "study" | "rejected";
            reason: string;
            /** @default null */
            policyId: number | null;
        };
        ForumOutcomeBodyInput: {
            /** @enum {string} */
            outcome: "accepted" | "study" | "rejected";
            reason: string;
            /** @default null */
            policyId: number | null;
        };
        ForumProposal: {
            id: number;
            title: string;
            body: string;
            author: string;
            mine: boolean;
            /** Format: date-time */
            createdAt: string;
            votes: {
                agree: number;
                disagree: number;
            };
            myVote: ("agree" | "disagree") | null;
            hidden: {
                reason: string;
                /** Format: date-time */
                at: string;
            } | null;
            replies: components["schemas"]["ForumReply"][];
            outcome: {
                /** @enum {string} */
                outcome: "accepted" | "study" | "rejected";
                reason: string;
                /** Format: date-time */
                at: string;
                policy: {
                    id: number;
                    title: string;
                } | null;
            } | null;
            citedBy: {
                policyId: number;
                policyTitle: string;
                versionId: number;
                versionNumber: number;
                /** @enum {string} */
                versionStatus: "draft" | "adopted" | "discarded";
                provisionId: number;
                label: string;
                removed: boolean;
            }[];
        };
        ForumProposalBody: {
            title: string;
            body: string;
        };
        ForumProposalBodyInput: {
            title: string;
            body: string;
        };
        ForumProposalChoices: {
            items: {
                id: number;
                forumId: number;
                forumTitle: string;
                title: string;
                author: string;
            }[];
        };
        ForumProposalChoicesInput: {
            items: {
                id: number;
                forumId: number;
                forumTitle: string;
                title: string;
                author: string;
            }[];
        };
        ForumProposalInput: {
            id: number;
            title: string;
            body: string;
            author: string;
            mine: boolean;
            /** Format: date-time */
            createdAt: string;
            votes: {
                agree: number;
                disagree: number;
            };
            myVote: ("agree" | "disagree") | null;
            hidden: {
                reason: string;
                /** Format: date-time */
                at: string;
            } | null;
            replies: components["schemas"]["ForumReplyInput"][];
            outcome: {
                /** @enum {string} */
                outcome: "accepted" | "study" | "rejected";
                reason: string;
                /** Format: date-time */
                at: string;
                policy: {
                    id: number;
                    title: string;
                } | null;
            } | null;
            citedBy: {
                policyId: number;
                policyTitle: string;
                versionId: number;
                versionNumber: number;
                /** @enum {string} */
                versionStatus: "draft" | "adopted" | "discarded";
                provisionId: number;
                label: string;
                removed: boolean;
            }[];
        };
        ForumReply: {
            id: number;
            body: string;
            author: string;
            mine: boolean;
            /** Format: date-time */
            createdAt: string;
            hidden: {
                reason: string;
                /** Format: date-time */
                at: string;
            } | null;
        };
        ForumReplyBody: {
            body: string;
        };
        ForumReplyBodyInput: {
            body: string;
        };
        ForumReplyInput: {
            id: number;
            body: string;
            author: string;
            mine: boolean;
            /** Format: date-time */
            createdAt: string;
            hidden: {
                reason: string;
                /** Format: date-time */
                at: string;
            } | null;
        };
        ForumStepBody: {
            /** @enum {string} */
            step: "open" | "close";
        };
        ForumStepBodyInput: {
            /** @enum {string} */
            step: "open" | "close";
        };
        ForumSummary: {
            id: number;
            title: string;
            year: number;
            /** @enum {string} */
            state: "planned" | "open" | "closed";
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            local: {
                startsAt: string;
                endsAt: string;
                /** @enum {string} */
                zone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
            };
            place: string;
            proposalCount: number;
            policyIds: number[];
        };
        ForumSummaryInput: {
            id: number;
            title: string;
            year: number;
            /** @enum {string} */
            state: "planned" | "open" | "closed";
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            local: {
                startsAt: string;
                endsAt: string;
                /** @enum {string} */
                zone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
            };
            place: string;
            proposalCount: number;
            policyIds: number[];
        };
        ForumVoteBody: {
            /** @enum {string} */
            stance: "agree" | "disagree";
        };
        ForumVoteBodyInput: {
            /** @enum {string} */
            stance: "agree" | "disagree";
        };
        GapAnalysis: {
            unit: {
                id: number;
                name: string;
            } | null;
            asOf: string;
            compareTo: string | null;
            jpmThresholds: components["schemas"]["JpmThresholds"];
            jpm: components["schemas"]["JpmCounts"];
            competencies: {
                competencyId: number;
                code: string;
                name: string;
                /** @enum {string} */
                type: "manajerial" | "sosialKultural" | "teknis";
                required: number;
                assessed: number;
                below: number;
                shortfall: number;
                previous: components["schemas"]["GapCounts"] | null;
            }[];
            units: {
                unitId: number | null;
                name: string;
                cells: {
                    competencyId: number;
                    required: number;
                    assessed: number;
                    below: number;
                    shortfall: number;
                }[];
                jpm: components["schemas"]["JpmCounts"];
            }[];
            positionKinds: {
                kind: string;
                employees: number;
                required: number;
                assessed: number;
                below: number;
                shortfall: number;
            }[];
        };
        GapAnalysisInput: {
            unit: {
                id: number;
                name: string;
            } | null;
            asOf: string;
            compareTo: string | null;
            jpmThresholds: components["schemas"]["JpmThresholdsInput"];
            jpm: components["schemas"]["JpmCountsInput"];
            competencies: {
                competencyId: number;
                code: string;
                name: string;
                /** @enum {string} */
                type: "manajerial" | "sosialKultural" | "teknis";
                required: number;
                assessed: number;
                below: number;
                shortfall: number;
                previous: components["schemas"]["GapCountsInput"] | null;
            }[];
            units: {
                unitId: number | null;
                name: string;
                cells: {
                    competencyId: number;
                    required: number;
                    assessed: number;
                    below: number;
                    shortfall: number;
                }[];
                jpm: components["schemas"]["JpmCountsInput"];
            }[];
            positionKinds: {
                kind: string;
                employees: number;
                required: number;
                assessed: number;
                below: number;
                shortfall: number;
            }[];
        };
        GapCounts: {
            required: number;
            assessed: number;
            below: number;
            shortfall: number;
        };
        GapCountsInput: {
            required: number;
            assessed: number;
            below: number;
            shortfall: number;
        };
        GeneratePlanBody: {
            /** @default 24 */
            jp: number;
            /** @default 0 */
            costPerParticipant: number;
            /** @default null */
            needsWaveId: number | null;
            /** @default 4 */
            talentLevel: number;
        };
        GeneratePlanBodyInput: {
            /** @default 24 */
            jp: number;
            /** @default 0 */
            costPerParticipant: number;
            /** @default null */
            needsWaveId: number | null;
            /** @default 4 */
            talentLevel: number;
        };
        GolonganList: {
            items: {
                code: string;
                /** @enum {string} */
                employeeType: "PNS" | "PPPK";
                rank: number;
                pangkat: string | null;
            }[];
        };
        GolonganListInput: {
            items: {
                code: string;
                /** @enum {string} */
                employeeType: "PNS" | "PPPK";
                rank: number;
                pangkat: string | null;
            }[];
        };
        HideCommentBody: {
            reason: string;
        };
        HideCommentBodyInput: {
            reason: string;
        };
        HideTextBody: {
            textId: string;
            questionKey: string;
            hidden: boolean;
        };
        HideTextBodyInput: {
            textId: string;
            questionKey: string;
            hidden: boolean;
        };
        Idp: {
            id: number;
            employeeId: number;
            year: number;
            /** @enum {string} */
            state: "draft" | "agreed" | "inProgress" | "done";
            note: string | null;
            agreedBy: string | null;
            agreedAt: string | null;
            items: components["schemas"]["IdpItem"][];
            transitions: ("agree" | "start" | "complete" | "reopen")[];
            editable: boolean;
        };
        IdpInput: {
            id: number;
            employeeId: number;
            year: number;
            /** @enum {string} */
            state: "draft" | "agreed" | "inProgress" | "done";
            note: string | null;
            agreedBy: string | null;
            agreedAt: string | null;
            items: components["schemas"]["IdpItemInput"][];
            transitions: ("agree" | "start" | "complete" | "reopen")[];
            editable: boolean;
        };
        IdpItem: {
            id: number;
            competency: {
                id: number;
                code: string;
                name: string;
                /** @enum {string} */
                type: "manajerial" | "sosialKultural" | "teknis";
            } | null;
            activity: string;
            /** @enum {string} */
            pathCode: "KL01" | "KL02" | "KL03" | "KL04" | "KL05" | "KL06" | "KL07" | "KL08" | "KL09" | "KL10" | "KL11" | "KL12" | "NKL01" | "NKL02" | "NKL03" | "NKL04" | "NKL05" | "NKL06" | "NKL07" | "NKL08" | "NKL09" | "NKL10" | "NKL11" | "NKL12" | "NKL13";
            jp: number;
            dueOn: string | null;
            completedOn: string | null;
            policyId: number | null;
        };
        IdpItemBody: {
            competencyId: number | null;
            activity: string;
            /** @enum {string} */
            pathCode: "KL01" | "KL02" | "KL03" | "KL04" | "KL05" | "KL06" | "KL07" | "KL08" | "KL09" | "KL10" | "KL11" | "KL12" | "NKL01" | "NKL02" | "NKL03" | "NKL04" | "NKL05" | "NKL06" | "NKL07" | "NKL08" | "NKL09" | "NKL10" | "NKL11" | "NKL12" | "NKL13";
            jp: number;
            /** @default null */
            dueOn: string | null;
            /** @default null */
            completedOn: string | null;
            /** @default null */
            policyId: number | null;
        };
        IdpItemBodyInput: {
            competencyId: number | null;
            activity: string;
            /** @enum {string} */
            pathCode: "KL01" | "KL02" | "KL03" | "KL04" | "KL05" | "KL06" | "KL07" | "KL08" | "KL09" | "KL10" | "KL11" | "KL12" | "NKL01" | "NKL02" | "NKL03" | "NKL04" | "NKL05" | "NKL06" | "NKL07" | "NKL08" | "NKL09" | "NKL10" | "NKL11" | "NKL12" | "NKL13";
            jp: number;
            /** @default null */
            dueOn: string | null;
            /** @default null */
            completedOn: string | null;
            /** @default null */
            policyId: number | null;
        };
        IdpItemInput: {
            id: number;
            competency: {
                id: number;
                code: string;
                name: string;
                /** @enum {string} */
                type: "manajerial" | "sosialKultural" | "teknis";
            } | null;
            activity: string;
            /** @enum {string} */
            pathCode: "KL01" | "KL02" | "KL03" | "KL04" | "KL05" | "KL06" | "KL07" | "KL08" | "KL09" | "KL10" | "KL11" | "KL12" | "NKL01" | "NKL02" | "NKL03" | "NKL04" | "NKL05" | "NKL06" | "NKL07" | "NKL08" | "NKL09" | "NKL10" | "NKL11" | "NKL12" | "NKL13";
            jp: number;
            dueOn: string | null;
            completedOn: string | null;
            policyId: number | null;
        };
        IdpResponse: {
            idp: components["schemas"]["Idp"] | null;
        };
        IdpResponseInput: {
            idp: components["schemas"]["IdpInput"] | null;
        };
        IdpTransitionBody: {
            /** @enum {string} */
            transition: "agree" | "start" | "complete" | "reopen";
        };
        IdpTransitionBodyInput: {
            /** @enum {string} */
            transition: "agree" | "start" | "complete" | "reopen";
        };
        IkmConvention: {
            /** @enum {string} */
            weight: "exact" | "0.111";
            roundDecimals: (2 | 3) | null;
        };
        IkmConventionInput: {
            /** @enum {string} */
            weight: "exact" | "0.111";
            roundDecimals: (2 | 3) | null;
        };
        IkmOverview: {
            items: {
                surveyId: number;
                title: string;
                serviceName: string | null;
                serviceUnit: string | null;
                wave: {
                    id: number;
                    number: number;
                    label: string;
                    opensAt: string;
                    closesAt: string;
                };
                /** @enum {string} */
                reach: "whole" | "slice";
                responses: number;
                population: number | null;
                minimumSample: number | null;
                ikm: components["schemas"]["IkmResult"] | null;
                spread: components["schemas"]["IkmSpread"] | null;
                suppressed: boolean;
            }[];
            convention: components["schemas"]["IkmConvention"];
        };
        IkmOverviewInput: {
            items: {
                surveyId: number;
                title: string;
                serviceName: string | null;
                serviceUnit: string | null;
                wave: {
                    id: number;
                    number: number;
                    label: string;
                    opensAt: string;
                    closesAt: string;
                };
                /** @enum {string} */
                reach: "whole" | "slice";
                responses: number;
                population: number | null;
                minimumSample: number | null;
                ikm: components["schemas"]["IkmResultInput"] | null;
                spread: components["schemas"]["IkmSpreadInput"] | null;
                suppressed: boolean;
            }[];
            convention: components["schemas"]["IkmConventionInput"];
        };
        IkmResult: {
            elements: {
                /** @enum {string} */
                element: "U1" | "U2" | "U3" | "U4" | "U5" | "U6" | "U7" | "U8" | "U9";
                n: number;
                nrr: number;
                weightedNrr: number;
            }[];
            weight: number;
            weightedNrr: number;
            ikm: number;
            category: {
                /** @enum {string} */
                mutu: "A" | "B" | "C" | "D";
                /** @enum {string} */
                kinerja: "sangatBaik" | "baik" | "kurangBaik" | "tidakBaik";
            };
            convention: components["schemas"]["IkmConvention"];
        };
        IkmResultInput: {
            elements: {
                /** @enum {string} */
                element: "U1" | "U2" | "U3" | "U4" | "U5" | "U6" | "U7" | "U8" | "U9";
                n: number;
                nrr: number;
                weightedNrr: number;
            }[];
            weight: number;
            weightedNrr: number;
            ikm: number;
            category: {
                /** @enum {string} */
                mutu: "A" | "B" | "C" | "D";
                /** @enum {string} */
                kinerja: "sangatBaik" | "baik" | "kurangBaik" | "tidakBaik";
            };
            convention: components["schemas"]["IkmConventionInput"];
        };
        IkmSpread: {
            n: number;
            variance: number;
        };
        IkmSpreadInput: {
            n: number;
            variance: number;
        };
        ImportIssuePage: {
            items: {
                rowNumber: number;
                /** @enum {string} */
                severity: "error" | "warning";
                column: string;
                value: string;
                message: string;
            }[];
            total: number;
            page: number;
            pageSize: number;
        };
        ImportIssuePageInput: {
            items: {
                rowNumber: number;
                /** @enum {string} */
                severity: "error" | "warning";
                column: string;
                value: string;
                message: string;
            }[];
            total: number;
            page: number;
            pageSize: number;
        };
        IndicatorList: {
            items: components["schemas"]["IndicatorView"][];
            versions: {
                number: number;
                effectiveFrom: string;
            }[];
            citations: {
                indicatorId: number;
                /** Format: date-time */
                measuredAt: string;
                measuredLabel: string;
                value: number;
                versionId: number;
                versionNumber: number;
                provisionLabel: string;
                removed: boolean;
            }[];
        };
        IndicatorListInput: {
            items: components["schemas"]["IndicatorViewInput"][];
            versions: {
                number: number;
                effectiveFrom: string;
            }[];
            citations: {
                indicatorId: number;
                /** Format: date-time */
                measuredAt: string;
                measuredLabel: string;
                value: number;
                versionId: number;
                versionNumber: number;
                provisionLabel: string;
                removed: boolean;
            }[];
        };
        IndicatorSourceParams: {
            /** @constant */
            source: "survey.mean";
            surveyId: number;
            items: {
                questionKey: string;
                /** @default null */
                statementKey: string | null;
            }[];
        } | {
            /** @constant */
            source: "survey.ikm";
            surveyId: number;
        } | {
            /** @constant */
            source: "survey.responseRate";
            surveyId: number;
        } | {
            /** @constant */
            source: "policy.acknowledgement";
            policyId: number;
        } | {
            /** @constant */
            source: "registry.pppkShare";
            /** @default null */
            unitId: number | null;
        } | {
            /** @constant */
            source: "registry.headCount";
            /** @default null */
            unitId: number | null;
        } | {
            /** @constant */
            source: "development.jpAttainment";
            /** @default null */
            unitId: number | null;
        } | {
            /** @constant */
            source: "competency.standardMet";
            /** @default null */
            unitId: number | null;
        } | {
            /** @constant */
            source: "competency.belowStandard";
            competencyId: number;
            /** @default null */
            unitId: number | null;
        } | {
            /** @constant */
            source: "program.selectionParity";
            /** @enum {string} */
            dimension: "sex" | "golongan" | "opd" | "ageBand" | "employeeType";
        } | {
            /** @constant */
            source: "program.completionRate";
            /** @default null */
            unitId: number | null;
        } | {
            /** @constant */
            source: "program.reactionScore";
            /** @default null */
            programId: number | null;
        } | {
            /** @constant */
            source: "program.learningGain";
            /** @default null */
            programId: number | null;
        } | {
            /** @constant */
            source: "program.behaviourScore";
            /** @default null */
            programId: number | null;
        } | {
            /** @constant */
            source: "performance.predikatShare";
            /** @default null */
            unitId: number | null;
        } | {
            /** @constant */
            source: "promotion.onTime";
            /** @default null */
            unitId: number | null;
        } | {
            /** @constant */
            source: "promotion.timeInRank";
            /** @default null */
            unitId: number | null;
        } | {
            /** @constant */
            source: "manual";
            /** @default null */
            unitLabel: string | null;
            /** @default true */
            evidenceRequired: boolean;
        };
        IndicatorSourceParamsInput: {
            /** @constant */
            source: "survey.mean";
            surveyId: number;
            items: {
                questionKey: string;
                /** @default null */
                statementKey: string | null;
            }[];
        } | {
            /** @constant */
            source: "survey.ikm";
            surveyId: number;
        } | {
            /** @constant */
            source: "survey.responseRate";
            surveyId: number;
        } | {
            /** @constant */
            source: "policy.acknowledgement";
            policyId: number;
        } | {
            /** @constant */
            source: "registry.pppkShare";
            /** @default null */
            unitId: number | null;
        } | {
            /** @constant */
            source: "registry.headCount";
            /** @default null */
            unitId: number | null;
        } | {
            /** @constant */
            source: "development.jpAttainment";
            /** @default null */
            unitId: number | null;
        } | {
            /** @constant */
            source: "competency.standardMet";
            /** @default null */
            unitId: number | null;
        } | {
            /** @constant */
            source: "competency.belowStandard";
            competencyId: number;
            /** @default null */
            unitId: number | null;
        } | {
            /** @constant */
            source: "program.selectionParity";
            /** @enum {string} */
            dimension: "sex" | "golongan" | "opd" | "ageBand" | "employeeType";
        } | {
            /** @constant */
            source: "program.completionRate";
            /** @default null */
            unitId: number | null;
        } | {
            /** @constant */
            source: "program.reactionScore";
            /** @default null */
            programId: number | null;
        } | {
            /** @constant */
            source: "program.learningGain";
            /** @default null */
            programId: number | null;
        } | {
            /** @constant */
            source: "program.behaviourScore";
            /** @default null */
            programId: number | null;
        } | {
            /** @constant */
            source: "performance.predikatShare";
            /** @default null */
            unitId: number | null;
        } | {
            /** @constant */
            source: "promotion.onTime";
            /** @default null */
            unitId: number | null;
        } | {
            /** @constant */
            source: "promotion.timeInRank";
            /** @default null */
            unitId: number | null;
        } | {
            /** @constant */
            source: "manual";
            /** @default null */
            unitLabel: string | null;
            /** @default true */
            evidenceRequired: boolean;
        };
        IndicatorView: {
            id: number;
            name: string;
            params: components["schemas"]["IndicatorSourceParams"];
            sourceLabel: string;
            /** @enum {string} */
            direction: "up" | "down";
            baseline: number | null;
            target: number;
            points: {
                /** Format: date-time */
                at: string;
                /** Format: date-time */
                since?: string;
                label: string;
                value: number | null;
                provisional: boolean;
            }[];
            latest: number | null;
            met: boolean | null;
        };
        IndicatorViewInput: {
            id: number;
            name: string;
            params: components["schemas"]["IndicatorSourceParamsInput"];
            sourceLabel: string;
            /** @enum {string} */
            direction: "up" | "down";
            baseline: number | null;
            target: number;
            points: {
                /** Format: date-time */
                at: string;
                /** Format: date-time */
                since?: string;
                label: string;
                value: number | null;
                provisional: boolean;
            }[];
            latest: number | null;
            met: boolean | null;
        };
        Instance: {
            demo: boolean;
            setupNeeded: boolean;
        };
        InstanceInput: {
            demo: boolean;
            setupNeeded: boolean;
        };
        InstrumentDefinition: {
            /** @enum {string} */
            kind: "needs" | "reaction" | "behaviour" | "satisfaction" | "skm" | "publicFeedback" | "custom";
            title: components["schemas"]["LocalizedLine"];
            description?: components["schemas"]["LocalizedText"];
            sections: components["schemas"]["Section"][];
        };
        InstrumentDefinitionInput: {
            /** @enum {string} */
            kind: "needs" | "reaction" | "behaviour" | "satisfaction" | "skm" | "publicFeedback" | "custom";
            title: components["schemas"]["LocalizedLineInput"];
            description?: components["schemas"]["LocalizedTextInput"];
            sections: components["schemas"]["SectionInput"][];
        };
        InstrumentDetail: {
            id: number;
            kind: string;
            title: string;
            templateKey: string | null;
            version: {
                id: number;
                version: number;
                definition: components["schemas"]["InstrumentDefinition"];
                frozen: boolean;
            };
            versions: {
                id: number;
                version: number;
                /** Format: date-time */
                createdAt: string;
                frozen: boolean;
            }[];
        };
        InstrumentDetailInput: {
            id: number;
            kind: string;
            title: string;
            templateKey: string | null;
            version: {
                id: number;
                version: number;
                definition: components["schemas"]["InstrumentDefinitionInput"];
                frozen: boolean;
            };
            versions: {
                id: number;
                version: number;
                /** Format: date-time */
                createdAt: string;
                frozen: boolean;
            }[];
        };
        InstrumentList: {
            items: components["schemas"]["InstrumentSummary"][];
        };
        InstrumentListInput: {
            items: components["schemas"]["InstrumentSummaryInput"][];
        };
        InstrumentSummary: {
            id: number;
            kind: string;
            title: string;
            templateKey: string | null;
            version: number;
            surveyCount: number;
            /** Format: date-time */
            updatedAt: string;
        };
        InstrumentSummaryInput: {
            id: number;
            kind: string;
            title: string;
            templateKey: string | null;
            version: number;
            surveyCount: number;
            /** Format: date-time */
            updatedAt: string;
        };
        Job: {
            /** Format: uuid */
            id: string;
            kind: string;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed";
            progress: {
                done: number;
                total: number | null;
            };
            result: {
                rows: number;
                inserted: number;
                updated: number;
                unchanged: number;
                invalid: number;
                warnings: number;
            } | null;
            errors: {
                message: string;
            }[] | null;
            createdAt: string;
            finishedAt: string | null;
        };
        JobInput: {
            /** Format: uuid */
            id: string;
            kind: string;
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed";
            progress: {
                done: number;
                total: number | null;
            };
            result: {
                rows: number;
                inserted: number;
                updated: number;
                unchanged: number;
                invalid: number;
                warnings: number;
            } | null;
            errors: {
                message: string;
            }[] | null;
            createdAt: string;
            finishedAt: string | null;
        };
        JpAttainment: {
            year: number;
            earned: number;
            target: number;
            ceiling: number | null;
            share: number;
            expectedByNow: number;
            /** @enum {string} */
            status: "met" | "onTrack" | "behind" | "aboveCeiling";
        };
        JpAttainmentInput: {
            year: number;
            earned: number;
            target: number;
            ceiling: number | null;
            share: number;
            expectedByNow: number;
            /** @enum {string} */
            status: "met" | "onTrack" | "behind" | "aboveCeiling";
        };
        JpAttainmentOverview: {
            year: number;
            asOf: string;
            yearElapsed: number;
            unit: {
                id: number;
                name: string;
            } | null;
            targets: components["schemas"]["JpSettings"];
            totals: {
                employees: number;
                met: number;
                onTrack: number;
                behind: number;
                aboveCeiling: number;
                earned: number;
            };
            units: {
                unitId: number;
                name: string;
                employees: number;
                met: number;
                onTrack: number;
                behind: number;
                aboveCeiling: number;
                earned: number;
            }[];
        };
        JpAttainmentOverviewInput: {
            year: number;
            asOf: string;
            yearElapsed: number;
            unit: {
                id: number;
                name: string;
            } | null;
            targets: components["schemas"]["JpSettingsInput"];
            totals: {
                employees: number;
                met: number;
                onTrack: number;
                behind: number;
                aboveCeiling: number;
                earned: number;
            };
            units: {
                unitId: number;
                name: string;
                employees: number;
                met: number;
                onTrack: number;
                behind: number;
                aboveCeiling: number;
                earned: number;
            }[];
        };
        JpBehindItem: {
            employeeId: number;
            nip: string;
            name: string;
            /** @enum {string} */
            employeeType: "PNS" | "PPPK";
            unitName: string | null;
            earned: number;
            target: number;
            short: number;
        };
        JpBehindItemInput: {
            employeeId: number;
            nip: string;
            name: string;
            /** @enum {string} */
            employeeType: "PNS" | "PPPK";
            unitName: string | null;
            earned: number;
            target: number;
            short: number;
        };
        JpBehindPage: {
            items: components["schemas"]["JpBehindItem"][];
            total: number;
            page: number;
            pageSize: number;
        };
        JpBehindPageInput: {
            items: components["schemas"]["JpBehindItemInput"][];
            total: number;
            page: number;
            pageSize: number;
        };
        JpSettings: {
            pnsTarget: number;
            pppkTarget: number;
            pppkCeiling: number | null;
            minutesPerJp: number;
        };
        JpSettingsInput: {
            pnsTarget: number;
            pppkTarget: number;
            pppkCeiling: number | null;
            minutesPerJp: number;
        };
        JpmCounts: {
            employees: number;
            meets: number;
            stillMeets: number;
            lacking: number;
            unknown: number;
        };
        JpmCountsInput: {
            employees: number;
            meets: number;
            stillMeets: number;
            lacking: number;
            unknown: number;
        };
        JpmThresholds: {
            meets: number;
            stillMeets: number;
        };
        JpmThresholdsInput: {
            meets: number;
            stillMeets: number;
        };
        KeyPosition: {
            positionId: number;
            name: string;
            kind: string | null;
            level: string | null;
            note: string | null;
            /** Format: date-time */
            markedAt: string;
            holders: number;
            successors: number;
            readyNow: number;
        };
        KeyPositionBody: {
            positionId: number;
            note?: string;
        };
        KeyPositionBodyInput: {
            positionId: number;
            note?: string;
        };
        KeyPositionInput: {
            positionId: number;
            name: string;
            kind: string | null;
            level: string | null;
            note: string | null;
            /** Format: date-time */
            markedAt: string;
            holders: number;
            successors: number;
            readyNow: number;
        };
        KeyPositionList: {
            items: components["schemas"]["KeyPosition"][];
            canManage: boolean;
        };
        KeyPositionListInput: {
            items: components["schemas"]["KeyPositionInput"][];
            canManage: boolean;
        };
        LearningTestBody: {
            applicationId: number;
            preTestScore: number | null;
            postTestScore: number | null;
        };
        LearningTestBodyInput: {
            applicationId: number;
            preTestScore: number | null;
            postTestScore: number | null;
        };
        Letterhead: {
            agency: string | null;
            address: string | null;
            signerName: string | null;
            signerTitle: string | null;
            signerNip: string | null;
        };
        LetterheadBody: {
            agency: string | null;
            address: string | null;
            signerName: string | null;
            signerTitle: string | null;
            signerNip: string | null;
        };
        LetterheadBodyInput: {
            agency: string | null;
            address: string | null;
            signerName: string | null;
            signerTitle: string | null;
            signerNip: string | null;
        };
        LetterheadInput: {
            agency: string | null;
            address: string | null;
            signerName: string | null;
            signerTitle: string | null;
            signerNip: string | null;
        };
        LocalizedLine: {
            id: string;
            /** @default  */
            en: string;
        };
        LocalizedLineInput: {
            id: string;
            /** @default  */
            en: string;
        };
        LocalizedText: {
            id: string;
            /** @default  */
            en: string;
        };
        LocalizedTextInput: {
            id: string;
            /** @default  */
            en: string;
        };
        ManualMeasurement: {
            id: number;
            measuredOn: string;
            value: number;
            note: string | null;
            dataSource: string;
            enteredBy: string | null;
            /** Format: date-time */
            enteredAt: string;
            attachment: {
                id: number;
                fileName: string;
                /** @enum {string} */
                type: "pdf" | "xlsx" | "png" | "jpeg";
                bytes: number;
            } | null;
            withdrawn: {
                /** Format: date-time */
                at: string;
                by: string | null;
                reason: string;
            } | null;
            withdrawable: boolean;
        };
        ManualMeasurementFields: {
            measuredOn: string;
            value: number;
            /** @default null */
            note: string | null;
            dataSource: string;
        };
        ManualMeasurementFieldsInput: {
            measuredOn: string;
            value: number;
            /** @default null */
            note: string | null;
            dataSource: string;
        };
        ManualMeasurementInput: {
            id: number;
            measuredOn: string;
            value: number;
            note: string | null;
            dataSource: string;
            enteredBy: string | null;
            /** Format: date-time */
            enteredAt: string;
            attachment: {
                id: number;
                fileName: string;
                /** @enum {string} */
                type: "pdf" | "xlsx" | "png" | "jpeg";
                bytes: number;
            } | null;
            withdrawn: {
                /** Format: date-time */
                at: string;
                by: string | null;
                reason: string;
            } | null;
            withdrawable: boolean;
        };
        ManualMeasurementList: {
            items: components["schemas"]["ManualMeasurement"][];
            maxFileBytes: number;
        };
        ManualMeasurementListInput: {
            items: components["schemas"]["ManualMeasurementInput"][];
            maxFileBytes: number;
        };
        MarkReadBody: {
            ids?: number[];
        };
        MarkReadBodyInput: {
            ids?: number[];
        };
        Me: {
            id: number;
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "admin" | "pimpinan" | "atasan" | "pegawai" | "mitra" | "auditor" | "nasional";
            /** @enum {string} */
            locale: "id" | "en";
            employeeId: number | null;
            scopeUnit: {
                id: number;
                name: string;
            } | null;
            tenant: {
                id: number;
                code: string;
                name: string;
                /** @enum {string} */
                timeZone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
            };
            permissions: string[];
        };
        MeInput: {
            id: number;
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "admin" | "pimpinan" | "atasan" | "pegawai" | "mitra" | "auditor" | "nasional";
            /** @enum {string} */
            locale: "id" | "en";
            employeeId: number | null;
            scopeUnit: {
                id: number;
                name: string;
            } | null;
            tenant: {
                id: number;
                code: string;
                name: string;
                /** @enum {string} */
                timeZone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
            };
            permissions: string[];
        };
        MenteesBody: {
            employeeIds: number[];
        };
        MenteesBodyInput: {
            employeeIds: number[];
        };
        MentorBody: {
            employeeId: number;
            /** @default null */
            capacity: number | null;
        };
        MentorBodyInput: {
            employeeId: number;
            /** @default null */
            capacity: number | null;
        };
        MentoringCoveredNeed: {
            competency: string;
            name: string;
            actual: number;
            required: number;
            mentorLevel: number;
        };
        MentoringCoveredNeedInput: {
            competency: string;
            name: string;
            actual: number;
            required: number;
            mentorLevel: number;
        };
        MentoringExclusionBody: {
            mentorId: number;
            menteeId: number;
            reason: string;
        };
        MentoringExclusionBodyInput: {
            mentorId: number;
            menteeId: number;
            reason: string;
        };
        MentoringGoalBody: {
            text: string;
        };
        MentoringGoalBodyInput: {
            text: string;
        };
        MentoringGoalStateBody: {
            /** @enum {string} */
            state: "open" | "achieved" | "dropped";
        };
        MentoringGoalStateBodyInput: {
            /** @enum {string} */
            state: "open" | "achieved" | "dropped";
        };
        MentoringOverview: {
            scheme: components["schemas"]["MentoringScheme"] | null;
            offered: boolean;
            canManage: boolean;
            mentors: {
                id: number;
                nip: string;
                name: string;
                unit: string | null;
                capacity: number;
                paired: number;
            }[];
            mentees: {
                id: number;
                nip: string;
                name: string;
                unit: string | null;
                paired: boolean;
                needs: number;
            }[];
            exclusions: {
                mentor: {
                    id: number;
                    nip: string;
                    name: string;
                    unit: string | null;
                };
                mentee: {
                    id: number;
                    nip: string;
                    name: string;
                    unit: string | null;
                };
                reason: string;
                createdAt: string;
            }[];
            pairs: components["schemas"]["MentoringPairSummary"][];
            totals: {
                sessions: number;
                jp: number;
                goalsAchieved: number;
                goals: number;
            };
        };
        MentoringOverviewInput: {
            scheme: components["schemas"]["MentoringSchemeInput"] | null;
            offered: boolean;
            canManage: boolean;
            mentors: {
                id: number;
                nip: string;
                name: string;
                unit: string | null;
                capacity: number;
                paired: number;
            }[];
            mentees: {
                id: number;
                nip: string;
                name: string;
                unit: string | null;
                paired: boolean;
                needs: number;
            }[];
            exclusions: {
                mentor: {
                    id: number;
                    nip: string;
                    name: string;
                    unit: string | null;
                };
                mentee: {
                    id: number;
                    nip: string;
                    name: string;
                    unit: string | null;
                };
                reason: string;
                createdAt: string;
            }[];
            pairs: components["schemas"]["MentoringPairSummaryInput"][];
            totals: {
                sessions: number;
                jp: number;
                goalsAchieved: number;
                goals: number;
            };
        };
        MentoringPairDetail: {
            id: number;
            mentor: {
                id: number;
                nip: string;
                name: string;
                unit: string | null;
            };
            mentee: {
                id: number;
                nip: string;
                name: string;
                unit: string | null;
            };
            /** @enum {string} */
            source: "matched" | "manual";
            score: number;
            covered: components["schemas"]["MentoringCoveredNeed"][];
            overrideReason: string | null;
            /** @enum {string} */
            state: "active" | "ended";
            sessions: number;
            unconfirmed: number;
            jp: number;
            goals: number;
            goalsAchieved: number;
            reflections: ("mentor" | "mentee")[];
            usefulness: number | null;
            programId: number;
            programTitle: string;
            pathCode: string;
            scheme: components["schemas"]["MentoringScheme"];
            side: ("mentor" | "mentee") | null;
            canManage: boolean;
            goalList: {
                id: number;
                text: string;
                /** @enum {string} */
                state: "open" | "achieved" | "dropped";
                settledAt: string | null;
            }[];
            sessionList: components["schemas"]["MentoringSession"][];
            reflectionList: {
                /** @enum {string} */
                author: "mentor" | "mentee";
                text: string;
                usefulness: number;
                writtenAt: string;
            }[];
            reflectionOpen: boolean;
        };
        MentoringPairDetailInput: {
            id: number;
            mentor: {
                id: number;
                nip: string;
                name: string;
                unit: string | null;
            };
            mentee: {
                id: number;
                nip: string;
                name: string;
                unit: string | null;
            };
            /** @enum {string} */
            source: "matched" | "manual";
            score: number;
            covered: components["schemas"]["MentoringCoveredNeedInput"][];
            overrideReason: string | null;
            /** @enum {string} */
            state: "active" | "ended";
            sessions: number;
            unconfirmed: number;
            jp: number;
            goals: number;
            goalsAchieved: number;
            reflections: ("mentor" | "mentee")[];
            usefulness: number | null;
            programId: number;
            programTitle: string;
            pathCode: string;
            scheme: components["schemas"]["MentoringSchemeInput"];
            side: ("mentor" | "mentee") | null;
            canManage: boolean;
            goalList: {
                id: number;
                text: string;
                /** @enum {string} */
                state: "open" | "achieved" | "dropped";
                settledAt: string | null;
            }[];
            sessionList: components["schemas"]["MentoringSessionInput"][];
            reflectionList: {
                /** @enum {string} */
                author: "mentor" | "mentee";
                text: string;
                usefulness: number;
                writtenAt: string;
            }[];
            reflectionOpen: boolean;
        };
        MentoringPairSummary: {
            id: number;
            mentor: {
                id: number;
                nip: string;
                name: string;
                unit: string | null;
            };
            mentee: {
                id: number;
                nip: string;
                name: string;
                unit: string | null;
            };
            /** @enum {string} */
            source: "matched" | "manual";
            score: number;
            covered: components["schemas"]["MentoringCoveredNeed"][];
            overrideReason: string | null;
            /** @enum {string} */
            state: "active" | "ended";
            sessions: number;
            unconfirmed: number;
            jp: number;
            goals: number;
            goalsAchieved: number;
            reflections: ("mentor" | "mentee")[];
            usefulness: number | null;
        };
        MentoringPairSummaryInput: {
            id: number;
            mentor: {
                id: number;
                nip: string;
                name: string;
                unit: string | null;
            };
            mentee: {
                id: number;
                nip: string;
                name: string;
                unit: string | null;
            };
            /** @enum {string} */
            source: "matched" | "manual";
            score: number;
            covered: components["schemas"]["MentoringCoveredNeedInput"][];
            overrideReason: string | null;
            /** @enum {string} */
            state: "active" | "ended";
            sessions: number;
            unconfirmed: number;
            jp: number;
            goals: number;
            goalsAchieved: number;
            reflections: ("mentor" | "mentee")[];
            usefulness: number | null;
        };
        MentoringPairsBody: {
            pairs: {
                mentorId: number;
                menteeId: number;
                /** @default null */
                overrideReason: string | null;
            }[];
        };
        MentoringPairsBodyInput: {
            pairs: {
                mentorId: number;
                menteeId: number;
                /** @default null */
                overrideReason: string | null;
            }[];
        };
        MentoringProposal: {
            pairs: {
                mentor: {
                    id: number;
                    nip: string;
                    name: string;
                    unit: string | null;
                };
                mentee: {
                    id: number;
                    nip: string;
                    name: string;
                    unit: string | null;
                };
                score: number;
                covered: components["schemas"]["MentoringCoveredNeed"][];
                fixed: boolean;
                bestAlone: number;
            }[];
            unmatched: {
                mentee: {
                    id: number;
                    nip: string;
                    name: string;
                    unit: string | null;
                };
                /** @enum {string} */
                reason: "noCoverage" | "capacity";
            }[];
            totalScore: number;
        };
        MentoringProposalInput: {
            pairs: {
                mentor: {
                    id: number;
                    nip: string;
                    name: string;
                    unit: string | null;
                };
                mentee: {
                    id: number;
                    nip: string;
                    name: string;
                    unit: string | null;
                };
                score: number;
                covered: components["schemas"]["MentoringCoveredNeedInput"][];
                fixed: boolean;
                bestAlone: number;
            }[];
            unmatched: {
                mentee: {
                    id: number;
                    nip: string;
                    name: string;
                    unit: string | null;
                };
                /** @enum {string} */
                reason: "noCoverage" | "capacity";
            }[];
            totalScore: number;
        };
        MentoringReflectionBody: {
            text: string;
            usefulness: number;
        };
        MentoringReflectionBodyInput: {
            text: string;
            usefulness: number;
        };
        MentoringScheme: {
            programId: number;
            startsOn: string;
            endsOn: string;
            /** @enum {string} */
            unitRule: "any" | "sameOpd" | "otherOpd";
            allowSupervisor: boolean;
            mentorCapacity: number;
            minutesPerJp: number | null;
            effectiveMinutesPerJp: number;
            maxJpPerSession: number | null;
            endedAt: string | null;
        };
        MentoringSchemeBody: {
            startsOn: string;
            endsOn: string;
            /**
             * @default any
             * @enum {string}
             */
            unitRule: "any" | "sameOpd" | "otherOpd";
            /** @default false */
            allowSupervisor: boolean;
            /** @default 3 */
            mentorCapacity: number;
            /** @default null */
            minutesPerJp: number | null;
            /** @default null */
            maxJpPerSession: number | null;
        };
        MentoringSchemeBodyInput: {
            startsOn: string;
            endsOn: string;
            /**
             * @default any
             * @enum {string}
             */
            unitRule: "any" | "sameOpd" | "otherOpd";
            /** @default false */
            allowSupervisor: boolean;
            /** @default 3 */
            mentorCapacity: number;
            /** @default null */
            minutesPerJp: number | null;
            /** @default null */
            maxJpPerSession: number | null;
        };
        MentoringSchemeInput: {
            programId: number;
            startsOn: string;
            endsOn: string;
            /** @enum {string} */
            unitRule: "any" | "sameOpd" | "otherOpd";
            allowSupervisor: boolean;
            mentorCapacity: number;
            minutesPerJp: number | null;
            effectiveMinutesPerJp: number;
            maxJpPerSession: number | null;
            endedAt: string | null;
        };
        MentoringSession: {
            id: number;
            heldOn: string;
            topic: string;
            minutes: number;
            notes: string | null;
            jp: number;
            /** @enum {string} */
            loggedAs: "mentor" | "mentee" | "agency";
            loggedBy: string | null;
            confirmedAt: string | null;
            canConfirm: boolean;
        };
        MentoringSessionBody: {
            heldOn: string;
            topic: string;
            minutes: number;
            /** @default null */
            notes: string | null;
        };
        MentoringSessionBodyInput: {
            heldOn: string;
            topic: string;
            minutes: number;
            /** @default null */
            notes: string | null;
        };
        MentoringSessionInput: {
            id: number;
            heldOn: string;
            topic: string;
            minutes: number;
            notes: string | null;
            jp: number;
            /** @enum {string} */
            loggedAs: "mentor" | "mentee" | "agency";
            loggedBy: string | null;
            confirmedAt: string | null;
            canConfirm: boolean;
        };
        MitraAccountList: {
            items: {
                id: number;
                username: string;
                displayName: string;
                partnerId: number | null;
                partnerName: string | null;
            }[];
        };
        MitraAccountListInput: {
            items: {
                id: number;
                username: string;
                displayName: string;
                partnerId: number | null;
                partnerName: string | null;
            }[];
        };
        MoveUnit: {
            parentId: number | null;
        };
        MoveUnitInput: {
            parentId: number | null;
        };
        MyApplication: {
            eligibility: components["schemas"]["Eligibility"];
            application: components["schemas"]["Application"] | null;
            cutoffs: {
                batchId: number;
                cutoff: number | null;
            }[];
            explanation: string | null;
        };
        MyApplicationInput: {
            eligibility: components["schemas"]["EligibilityInput"];
            application: components["schemas"]["ApplicationInput"] | null;
            cutoffs: {
                batchId: number;
                cutoff: number | null;
            }[];
            explanation: string | null;
        };
        MyMentoring: {
            items: {
                pairId: number;
                programId: number;
                programTitle: string;
                /** @enum {string} */
                side: "mentor" | "mentee";
                partner: {
                    id: number;
                    nip: string;
                    name: string;
                    unit: string | null;
                };
                /** @enum {string} */
                state: "active" | "ended";
                sessions: number;
                jp: number;
                unconfirmed: number;
                endsOn: string;
            }[];
        };
        MyMentoringInput: {
            items: {
                pairId: number;
                programId: number;
                programTitle: string;
                /** @enum {string} */
                side: "mentor" | "mentee";
                partner: {
                    id: number;
                    nip: string;
                    name: string;
                    unit: string | null;
                };
                /** @enum {string} */
                state: "active" | "ended";
                sessions: number;
                jp: number;
                unconfirmed: number;
                endsOn: string;
            }[];
        };
        MyPerformance: {
            openCycles: {
                id: number;
                year: number;
                /** @enum {string} */
                state: "planning" | "running" | "appraisal" | "closed";
            }[];
            skps: components["schemas"]["SkpSummary"][];
            appraising: components["schemas"]["SkpSummary"][];
            history: components["schemas"]["PerformanceAppraisal"][];
        };
        MyPerformanceInput: {
            openCycles: {
                id: number;
                year: number;
                /** @enum {string} */
                state: "planning" | "running" | "appraisal" | "closed";
            }[];
            skps: components["schemas"]["SkpSummaryInput"][];
            appraising: components["schemas"]["SkpSummaryInput"][];
            history: components["schemas"]["PerformanceAppraisalInput"][];
        };
        MyPromotion: {
            next: {
                period: string;
                proposalDue: string;
                eligible: boolean;
                target: string | null;
                checks: components["schemas"]["PromotionCheck"][];
                current: components["schemas"]["PromotionRulesSource"];
            } | null;
            history: components["schemas"]["Promotion"][];
        };
        MyPromotionInput: {
            next: {
                period: string;
                proposalDue: string;
                eligible: boolean;
                target: string | null;
                checks: components["schemas"]["PromotionCheckInput"][];
                current: components["schemas"]["PromotionRulesSourceInput"];
            } | null;
            history: components["schemas"]["PromotionInput"][];
        };
        MyScholarshipAwards: {
            items: components["schemas"]["ScholarshipAwardSummary"][];
        };
        MyScholarshipAwardsInput: {
            items: components["schemas"]["ScholarshipAwardSummaryInput"][];
        };
        MySurveyList: {
            items: {
                waveId: number;
                title: string;
                label: string;
                /** @enum {string} */
                mode: "identified" | "anonymous" | "public";
                /** Format: date-time */
                closesAt: string;
                responded: boolean;
            }[];
        };
        MySurveyListInput: {
            items: {
                waveId: number;
                title: string;
                label: string;
                /** @enum {string} */
                mode: "identified" | "anonymous" | "public";
                /** Format: date-time */
                closesAt: string;
                responded: boolean;
            }[];
        };
        MyTalent: {
            items: components["schemas"]["TalentPlacement"][];
        };
        MyTalentInput: {
            items: components["schemas"]["TalentPlacementInput"][];
        };
        NationalCompetencyGaps: {
            k: number;
            governments: {
                government: components["schemas"]["NationalGovernment"];
                employees: number | null;
                meets: number | null;
                stillMeets: number | null;
                lacking: number | null;
                unknown: number | null;
                competencies: {
                    code: string;
                    required: number | null;
                    below: number | null;
                    shortfall: number | null;
                }[];
            }[];
            totals: {
                code: string;
                required: number | null;
                below: number | null;
                shortfall: number | null;
            }[];
        };
        NationalCompetencyGapsInput: {
            k: number;
            governments: {
                government: components["schemas"]["NationalGovernmentInput"];
                employees: number | null;
                meets: number | null;
                stillMeets: number | null;
                lacking: number | null;
                unknown: number | null;
                competencies: {
                    code: string;
                    required: number | null;
                    below: number | null;
                    shortfall: number | null;
                }[];
            }[];
            totals: {
                code: string;
                required: number | null;
                below: number | null;
                shortfall: number | null;
            }[];
        };
        NationalEmployees: {
            k: number;
            governments: {
                government: components["schemas"]["NationalGovernment"];
                pns: number | null;
                pppk: number | null;
                total: number | null;
            }[];
            totals: {
                pns: number | null;
                pppk: number | null;
                total: number | null;
            };
        };
        NationalEmployeesInput: {
            k: number;
            governments: {
                government: components["schemas"]["NationalGovernmentInput"];
                pns: number | null;
                pppk: number | null;
                total: number | null;
            }[];
            totals: {
                pns: number | null;
                pppk: number | null;
                total: number | null;
            };
        };
        NationalGovernment: {
            id: number;
            code: string;
            name: string;
            /** @enum {string} */
            kind: "provinsi" | "kabupaten" | "kota";
            /** @enum {string} */
            timeZone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
        };
        NationalGovernmentInput: {
            id: number;
            code: string;
            name: string;
            /** @enum {string} */
            kind: "provinsi" | "kabupaten" | "kota";
            /** @enum {string} */
            timeZone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
        };
        NationalIkm: {
            k: number;
            items: {
                government: components["schemas"]["NationalGovernment"];
                surveyTitle: string;
                serviceUnit: string | null;
                serviceName: string | null;
                wave: {
                    label: string;
                    opensAt: string;
                    closesAt: string;
                };
                responses: number | null;
                ikm: components["schemas"]["IkmResult"] | null;
                convention: components["schemas"]["IkmConvention"];
            }[];
        };
        NationalIkmInput: {
            k: number;
            items: {
                government: components["schemas"]["NationalGovernmentInput"];
                surveyTitle: string;
                serviceUnit: string | null;
                serviceName: string | null;
                wave: {
                    label: string;
                    opensAt: string;
                    closesAt: string;
                };
                responses: number | null;
                ikm: components["schemas"]["IkmResultInput"] | null;
                convention: components["schemas"]["IkmConventionInput"];
            }[];
        };
        NationalParticipation: {
            k: number;
            items: {
                government: components["schemas"]["NationalGovernment"];
                surveyTitle: string;
                /** @enum {string} */
                mode: "identified" | "anonymous";
                wave: {
                    label: string;
                    opensAt: string;
                    closesAt: string;
                    /** @enum {string} */
                    status: "scheduled" | "open" | "closed";
                };
                invited: number | null;
                responded: number | null;
                rate: number | null;
            }[];
        };
        NationalParticipationInput: {
            k: number;
            items: {
                government: components["schemas"]["NationalGovernmentInput"];
                surveyTitle: string;
                /** @enum {string} */
                mode: "identified" | "anonymous";
                wave: {
                    label: string;
                    opensAt: string;
                    closesAt: string;
                    /** @enum {string} */
                    status: "scheduled" | "open" | "closed";
                };
                invited: number | null;
                responded: number | null;
                rate: number | null;
            }[];
        };
        NeedsComparison: {
            survey: {
                id: number;
                title: string;
            };
            wave: {
                id: number;
                label: string;
                responses: number;
            };
            unit: {
                id: number;
                name: string;
            } | null;
            rows: {
                code: string;
                name: string;
                assessed: number;
                below: number;
                meanAbility: number | null;
                meanNeed: number | null;
                statedGap: number | null;
                /** @enum {string} */
                agreement: "both" | "measuredOnly" | "statedOnly" | "neither" | "unknown";
            }[];
            uncoded: {
                statement: string;
                text: string;
                meanAbility: number | null;
                meanNeed: number | null;
                statedGap: number | null;
            }[];
        };
        NeedsComparisonInput: {
            survey: {
                id: number;
                title: string;
            };
            wave: {
                id: number;
                label: string;
                responses: number;
            };
            unit: {
                id: number;
                name: string;
            } | null;
            rows: {
                code: string;
                name: string;
                assessed: number;
                below: number;
                meanAbility: number | null;
                meanNeed: number | null;
                statedGap: number | null;
                /** @enum {string} */
                agreement: "both" | "measuredOnly" | "statedOnly" | "neither" | "unknown";
            }[];
            uncoded: {
                statement: string;
                text: string;
                meanAbility: number | null;
                meanNeed: number | null;
                statedGap: number | null;
            }[];
        };
        NeedsPage: {
            items: {
                employeeId: number;
                nip: string;
                name: string;
                unitName: string | null;
                positionName: string | null;
                shortfall: number;
                below: number;
                unassessed: number;
            }[];
            total: number;
            page: number;
            pageSize: number;
        };
        NeedsPageInput: {
            items: {
                employeeId: number;
                nip: string;
                name: string;
                unitName: string | null;
                positionName: string | null;
                shortfall: number;
                below: number;
                unassessed: number;
            }[];
            total: number;
            page: number;
            pageSize: number;
        };
        NominateBody: {
            employeeId: number;
            preferences: number[];
        };
        NominateBodyInput: {
            employeeId: number;
            preferences: number[];
        };
        NonRespondent: {
            employeeId: number;
            name: string;
            nip: string;
            unit: {
                id: number;
                name: string;
            } | null;
            remindedAt: string | null;
            hasAccount: boolean;
        };
        NonRespondentInput: {
            employeeId: number;
            name: string;
            nip: string;
            unit: {
                id: number;
                name: string;
            } | null;
            remindedAt: string | null;
            hasAccount: boolean;
        };
        NonRespondentList: {
            items: components["schemas"]["NonRespondent"][];
            total: number;
            page: number;
            pageSize: number;
            invited: number;
            /** @enum {string} */
            timeZone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
        };
        NonRespondentListInput: {
            items: components["schemas"]["NonRespondentInput"][];
            total: number;
            page: number;
            pageSize: number;
            invited: number;
            /** @enum {string} */
            timeZone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
        };
        NotificationList: {
            items: {
                id: number;
                kind: string;
                data: {
                    [key: string]: unknown;
                };
                createdAt: string;
                read: boolean;
            }[];
            unread: number;
        };
        NotificationListInput: {
            items: {
                id: number;
                kind: string;
                data: {
                    [key: string]: unknown;
                };
                createdAt: string;
                read: boolean;
            }[];
            unread: number;
        };
        OpenConsultation: {
            closesOn: string;
            audience: components["schemas"]["ConsultationAudience"];
            allowAnonymous?: boolean;
        };
        OpenConsultationInput: {
            closesOn: string;
            audience: components["schemas"]["ConsultationAudienceInput"];
            allowAnonymous?: boolean;
        };
        Partner: {
            id: number;
            name: string;
            /** @enum {string} */
            kind: "university" | "ngo" | "institute" | "government" | "company";
            contactName: string | null;
            contactEmail: string | null;
            contactPhone: string | null;
            agreements: components["schemas"]["PartnerAgreement"][];
            accounts: components["schemas"]["PartnerAccount"][];
        };
        PartnerAccount: {
            id: number;
            username: string;
            displayName: string;
        };
        PartnerAccountInput: {
            id: number;
            username: string;
            displayName: string;
        };
        PartnerAgreement: {
            id: number;
            partnerId: number;
            number: string;
            scope: string;
            validFrom: string;
            validUntil: string;
            /** @enum {string} */
            status: "upcoming" | "active" | "expiring" | "expired";
            daysLeft: number;
            expiryWarnedOn: string | null;
        };
        PartnerAgreementInput: {
            id: number;
            partnerId: number;
            number: string;
            scope: string;
            validFrom: string;
            validUntil: string;
            /** @enum {string} */
            status: "upcoming" | "active" | "expiring" | "expired";
            daysLeft: number;
            expiryWarnedOn: string | null;
        };
        PartnerBody: {
            name: string;
            /** @enum {string} */
            kind: "university" | "ngo" | "institute" | "government" | "company";
            /** @default null */
            contactName: string | null;
            /** @default null */
            contactEmail: string | null;
            /** @default null */
            contactPhone: string | null;
        };
        PartnerBodyInput: {
            name: string;
            /** @enum {string} */
            kind: "university" | "ngo" | "institute" | "government" | "company";
            /** @default null */
            contactName: string | null;
            /** @default null */
            contactEmail: string | null;
            /** @default null */
            contactPhone: string | null;
        };
        PartnerInput: {
            id: number;
            name: string;
            /** @enum {string} */
            kind: "university" | "ngo" | "institute" | "government" | "company";
            contactName: string | null;
            contactEmail: string | null;
            contactPhone: string | null;
            agreements: components["schemas"]["PartnerAgreementInput"][];
            accounts: components["schemas"]["PartnerAccountInput"][];
        };
        PartnerPage: {
            items: components["schemas"]["Partner"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PartnerPageInput: {
            items: components["schemas"]["PartnerInput"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PasswordLink: {
            accountId: number;
            url: string;
            expiresInHours: number;
        };
        PasswordLinkInput: {
            accountId: number;
            url: string;
            expiresInHours: number;
        };
        PerformanceAppraisal: {
            id: number;
            year: number;
            /** @enum {string} */
            period: "annual" | "monthly" | "quarterly" | "semester";
            fromMonth: number;
            toMonth: number;
            /** @enum {string} */
            hasilKerja: "above" | "meets" | "below";
            /** @enum {string} */
            perilakuKerja: "above" | "meets" | "below";
            /** @enum {string} */
            predikat: "sangat_baik" | "baik" | "butuh_perbaikan" | "kurang" | "sangat_kurang";
            appraiserName: string | null;
            appraiserNip: string | null;
            appraiserPosition: string | null;
            followUp: string | null;
            /** @enum {string} */
            source: "jenjang" | "import";
            /** Format: date-time */
            recordedAt: string;
        };
        PerformanceAppraisalInput: {
            id: number;
            year: number;
            /** @enum {string} */
            period: "annual" | "monthly" | "quarterly" | "semester";
            fromMonth: number;
            toMonth: number;
            /** @enum {string} */
            hasilKerja: "above" | "meets" | "below";
            /** @enum {string} */
            perilakuKerja: "above" | "meets" | "below";
            /** @enum {string} */
            predikat: "sangat_baik" | "baik" | "butuh_perbaikan" | "kurang" | "sangat_kurang";
            appraiserName: string | null;
            appraiserNip: string | null;
            appraiserPosition: string | null;
            followUp: string | null;
            /** @enum {string} */
            source: "jenjang" | "import";
            /** Format: date-time */
            recordedAt: string;
        };
        PerformanceCycle: {
            id: number;
            year: number;
            /** @enum {string} */
            checkIns: "monthly" | "quarterly" | "semester";
            /** @enum {string} */
            state: "planning" | "running" | "appraisal" | "closed";
            counts: {
                draft: number;
                proposed: number;
                agreed: number;
                appraised: number;
            } | null;
        };
        PerformanceCycleBody: {
            year: number;
            /** @default null */
            checkIns: ("monthly" | "quarterly" | "semester") | null;
        };
        PerformanceCycleBodyInput: {
            year: number;
            /** @default null */
            checkIns: ("monthly" | "quarterly" | "semester") | null;
        };
        PerformanceCycleInput: {
            id: number;
            year: number;
            /** @enum {string} */
            checkIns: "monthly" | "quarterly" | "semester";
            /** @enum {string} */
            state: "planning" | "running" | "appraisal" | "closed";
            counts: {
                draft: number;
                proposed: number;
                agreed: number;
                appraised: number;
            } | null;
        };
        PerformanceCycleList: {
            items: components["schemas"]["PerformanceCycle"][];
        };
        PerformanceCycleListInput: {
            items: components["schemas"]["PerformanceCycleInput"][];
        };
        PerformanceCycleTransitionBody: {
            /** @enum {string} */
            to: "running" | "appraisal" | "closed";
        };
        PerformanceCycleTransitionBodyInput: {
            /** @enum {string} */
            to: "running" | "appraisal" | "closed";
        };
        Plan: {
            id: number;
            year: number;
            unit: {
                id: number;
                name: string;
            } | null;
            /** @enum {string} */
            state: "draft" | "proposed" | "consolidated" | "approved";
            budget: number | null;
            totals: components["schemas"]["PlanTotals"];
            updatedAt: string;
            note: string | null;
            policyId: number | null;
            items: components["schemas"]["PlanItem"][];
            transitions: ("propose" | "return" | "consolidate" | "approve")[];
            editable: boolean;
        };
        PlanEvidence: {
            assessed: number;
            below: number;
            shortfall: number;
            statedGap: number | null;
            agreement: ("both" | "measuredOnly" | "statedOnly" | "neither" | "unknown") | null;
            talents: number;
        };
        PlanEvidenceInput: {
            assessed: number;
            below: number;
            shortfall: number;
            statedGap: number | null;
            agreement: ("both" | "measuredOnly" | "statedOnly" | "neither" | "unknown") | null;
            talents: number;
        };
        PlanInput: {
            id: number;
            year: number;
            unit: {
                id: number;
                name: string;
            } | null;
            /** @enum {string} */
            state: "draft" | "proposed" | "consolidated" | "approved";
            budget: number | null;
            totals: components["schemas"]["PlanTotalsInput"];
            updatedAt: string;
            note: string | null;
            policyId: number | null;
            items: components["schemas"]["PlanItemInput"][];
            transitions: ("propose" | "return" | "consolidate" | "approve")[];
            editable: boolean;
        };
        PlanItem: {
            id: number;
            competency: {
                id: number;
                code: string;
                name: string;
                /** @enum {string} */
                type: "manajerial" | "sosialKultural" | "teknis";
            } | null;
            title: string;
            targetGroup: string;
            /** @enum {string} */
            pathCode: "KL01" | "KL02" | "KL03" | "KL04" | "KL05" | "KL06" | "KL07" | "KL08" | "KL09" | "KL10" | "KL11" | "KL12" | "NKL01" | "NKL02" | "NKL03" | "NKL04" | "NKL05" | "NKL06" | "NKL07" | "NKL08" | "NKL09" | "NKL10" | "NKL11" | "NKL12" | "NKL13";
            jp: number;
            participants: number;
            estimatedCost: number;
            priority: number;
            /** @enum {string} */
            basis: "gap" | "stated" | "talent" | "manual";
            evidence: components["schemas"]["PlanEvidence"] | null;
            rationale: string | null;
            policyId: number | null;
            fromUnit: {
                id: number;
                name: string;
            } | null;
        };
        PlanItemBody: {
            competencyId: number | null;
            title: string;
            targetGroup: string;
            /** @enum {string} */
            pathCode: "KL01" | "KL02" | "KL03" | "KL04" | "KL05" | "KL06" | "KL07" | "KL08" | "KL09" | "KL10" | "KL11" | "KL12" | "NKL01" | "NKL02" | "NKL03" | "NKL04" | "NKL05" | "NKL06" | "NKL07" | "NKL08" | "NKL09" | "NKL10" | "NKL11" | "NKL12" | "NKL13";
            jp: number;
            participants: number;
            estimatedCost: number;
            priority: number;
            /** @default null */
            rationale: string | null;
            /** @default null */
            policyId: number | null;
        };
        PlanItemBodyInput: {
            competencyId: number | null;
            title: string;
            targetGroup: string;
            /** @enum {string} */
            pathCode: "KL01" | "KL02" | "KL03" | "KL04" | "KL05" | "KL06" | "KL07" | "KL08" | "KL09" | "KL10" | "KL11" | "KL12" | "NKL01" | "NKL02" | "NKL03" | "NKL04" | "NKL05" | "NKL06" | "NKL07" | "NKL08" | "NKL09" | "NKL10" | "NKL11" | "NKL12" | "NKL13";
            jp: number;
            participants: number;
            estimatedCost: number;
            priority: number;
            /** @default null */
            rationale: string | null;
            /** @default null */
            policyId: number | null;
        };
        PlanItemInput: {
            id: number;
            competency: {
                id: number;
                code: string;
                name: string;
                /** @enum {string} */
                type: "manajerial" | "sosialKultural" | "teknis";
            } | null;
            title: string;
            targetGroup: string;
            /** @enum {string} */
            pathCode: "KL01" | "KL02" | "KL03" | "KL04" | "KL05" | "KL06" | "KL07" | "KL08" | "KL09" | "KL10" | "KL11" | "KL12" | "NKL01" | "NKL02" | "NKL03" | "NKL04" | "NKL05" | "NKL06" | "NKL07" | "NKL08" | "NKL09" | "NKL10" | "NKL11" | "NKL12" | "NKL13";
            jp: number;
            participants: number;
            estimatedCost: number;
            priority: number;
            /** @enum {string} */
            basis: "gap" | "stated" | "talent" | "manual";
            evidence: components["schemas"]["PlanEvidenceInput"] | null;
            rationale: string | null;
            policyId: number | null;
            fromUnit: {
                id: number;
                name: string;
            } | null;
        };
        PlanList: {
            items: components["schemas"]["PlanSummary"][];
        };
        PlanListInput: {
            items: components["schemas"]["PlanSummaryInput"][];
        };
        PlanSummary: {
            id: number;
            year: number;
            unit: {
                id: number;
                name: string;
            } | null;
            /** @enum {string} */
            state: "draft" | "proposed" | "consolidated" | "approved";
            budget: number | null;
            totals: components["schemas"]["PlanTotals"];
            updatedAt: string;
        };
        PlanSummaryInput: {
            id: number;
            year: number;
            unit: {
                id: number;
                name: string;
            } | null;
            /** @enum {string} */
            state: "draft" | "proposed" | "consolidated" | "approved";
            budget: number | null;
            totals: components["schemas"]["PlanTotalsInput"];
            updatedAt: string;
        };
        PlanTotals: {
            items: number;
            participants: number;
            jp: number;
            estimatedCost: number;
            remaining: number | null;
        };
        PlanTotalsInput: {
            items: number;
            participants: number;
            jp: number;
            estimatedCost: number;
            remaining: number | null;
        };
        PlanTransitionBody: {
            /** @enum {string} */
            transition: "propose" | "return" | "consolidate" | "approve";
            /** @default null */
            reason: string | null;
        };
        PlanTransitionBodyInput: {
            /** @enum {string} */
            transition: "propose" | "return" | "consolidate" | "approve";
            /** @default null */
            reason: string | null;
        };
        PolicyAcknowledgement: {
            /** Format: date-time */
            at: string;
        };
        PolicyAcknowledgementInput: {
            /** Format: date-time */
            at: string;
        };
        PolicyAcknowledgementSummary: {
            versionId: number;
            units: {
                acknowledged: number;
                employees: number;
                unitId: number;
                name: string;
            }[];
            total: {
                acknowledged: number;
                employees: number;
            };
        };
        PolicyAcknowledgementSummaryInput: {
            versionId: number;
            units: {
                acknowledged: number;
                employees: number;
                unitId: number;
                name: string;
            }[];
            total: {
                acknowledged: number;
                employees: number;
            };
        };
        PolicyDetail: {
            id: number;
            title: string;
            /** @enum {string} */
            area: "karier" | "kompetensi" | "sdm" | "kepegawaian";
            /** @enum {string} */
            state: "draft" | "consultation" | "adopted" | "in_force" | "under_evaluation" | "revising" | "retired";
            purpose: string;
            principles: string[];
            legalBasis: string[];
            ownerUnit: {
                id: number;
                name: string;
            } | null;
            surveys: {
                id: number;
                title: string;
            }[];
            versions: components["schemas"]["PolicyVersionSummary"][];
            history: components["schemas"]["PolicyTransitionEntry"][];
            transitions: ("openConsultation" | "closeConsultation" | "adopt" | "enterIntoForce" | "startEvaluation" | "keep" | "revise" | "startRevision" | "discardRevision" | "retire")[];
            canEdit: boolean;
            evaluation: {
                months: number;
                nextDue: string | null;
                openId: number | null;
            };
            publicSince: string | null;
            publicPage: string | null;
            canPublish: boolean;
            /** Format: date-time */
            updatedAt: string;
        };
        PolicyDetailInput: {
            id: number;
            title: string;
            /** @enum {string} */
            area: "karier" | "kompetensi" | "sdm" | "kepegawaian";
            /** @enum {string} */
            state: "draft" | "consultation" | "adopted" | "in_force" | "under_evaluation" | "revising" | "retired";
            purpose: string;
            principles: string[];
            legalBasis: string[];
            ownerUnit: {
                id: number;
                name: string;
            } | null;
            surveys: {
                id: number;
                title: string;
            }[];
            versions: components["schemas"]["PolicyVersionSummaryInput"][];
            history: components["schemas"]["PolicyTransitionEntryInput"][];
            transitions: ("openConsultation" | "closeConsultation" | "adopt" | "enterIntoForce" | "startEvaluation" | "keep" | "revise" | "startRevision" | "discardRevision" | "retire")[];
            canEdit: boolean;
            evaluation: {
                months: number;
                nextDue: string | null;
                openId: number | null;
            };
            publicSince: string | null;
            publicPage: string | null;
            canPublish: boolean;
            /** Format: date-time */
            updatedAt: string;
        };
        PolicyEvidenceSources: {
            surveys: {
                id: number;
                title: string;
                linked: boolean;
                waves: {
                    id: number;
                    label: string;
                    questions: {
                        key: string;
                        statementKey: string | null;
                        text: string;
                    }[];
                }[];
            }[];
            findings: {
                id: number;
                evaluationId: number;
                body: string;
                from: string;
                to: string;
            }[];
        };
        PolicyEvidenceSourcesInput: {
            surveys: {
                id: number;
                title: string;
                linked: boolean;
                waves: {
                    id: number;
                    label: string;
                    questions: {
                        key: string;
                        statementKey: string | null;
                        text: string;
                    }[];
                }[];
            }[];
            findings: {
                id: number;
                evaluationId: number;
                body: string;
                from: string;
                to: string;
            }[];
        };
        PolicyEvidenceUses: {
            items: {
                policyId: number;
                policyTitle: string;
                versionId: number;
                versionNumber: number;
                /** @enum {string} */
                versionStatus: "draft" | "adopted" | "discarded";
                provisionId: number;
                label: string;
                /** @enum {string} */
                kind: "unchanged" | "added" | "modified" | "moved" | "split" | "merged" | "deleted";
                reason: string | null;
                questionKey: string | null;
            }[];
        };
        PolicyEvidenceUsesInput: {
            items: {
                policyId: number;
                policyTitle: string;
                versionId: number;
                versionNumber: number;
                /** @enum {string} */
                versionStatus: "draft" | "adopted" | "discarded";
                provisionId: number;
                label: string;
                /** @enum {string} */
                kind: "unchanged" | "added" | "modified" | "moved" | "split" | "merged" | "deleted";
                reason: string | null;
                questionKey: string | null;
            }[];
        };
        PolicyList: {
            items: components["schemas"]["PolicySummary"][];
        };
        PolicyListInput: {
            items: components["schemas"]["PolicySummaryInput"][];
        };
        PolicyPublicationBody: {
            public: boolean;
        };
        PolicyPublicationBodyInput: {
            public: boolean;
        };
        PolicySummary: {
            id: number;
            title: string;
            /** @enum {string} */
            area: "karier" | "kompetensi" | "sdm" | "kepegawaian";
            /** @enum {string} */
            state: "draft" | "consultation" | "adopted" | "in_force" | "under_evaluation" | "revising" | "retired";
            ownerUnitName: string | null;
            inForce: {
                number: number;
                effectiveFrom: string;
            } | null;
            nextEvaluationDue: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        PolicySummaryInput: {
            id: number;
            title: string;
            /** @enum {string} */
            area: "karier" | "kompetensi" | "sdm" | "kepegawaian";
            /** @enum {string} */
            state: "draft" | "consultation" | "adopted" | "in_force" | "under_evaluation" | "revising" | "retired";
            ownerUnitName: string | null;
            inForce: {
                number: number;
                effectiveFrom: string;
            } | null;
            nextEvaluationDue: string | null;
            /** Format: date-time */
            updatedAt: string;
        };
        PolicyTransitionBody: {
            /** @enum {string} */
            transition: "openConsultation" | "closeConsultation" | "adopt" | "enterIntoForce" | "startEvaluation" | "keep" | "revise" | "startRevision" | "discardRevision" | "retire";
            note?: string;
            effectiveFrom?: string;
            consultation?: components["schemas"]["OpenConsultation"];
        };
        PolicyTransitionBodyInput: {
            /** @enum {string} */
            transition: "openConsultation" | "closeConsultation" | "adopt" | "enterIntoForce" | "startEvaluation" | "keep" | "revise" | "startRevision" | "discardRevision" | "retire";
            note?: string;
            effectiveFrom?: string;
            consultation?: components["schemas"]["OpenConsultationInput"];
        };
        PolicyTransitionEntry: {
            /** @enum {string} */
            transition: "openConsultation" | "closeConsultation" | "adopt" | "enterIntoForce" | "startEvaluation" | "keep" | "revise" | "startRevision" | "discardRevision" | "retire";
            /** @enum {string} */
            from: "draft" | "consultation" | "adopted" | "in_force" | "under_evaluation" | "revising" | "retired";
            /** @enum {string} */
            to: "draft" | "consultation" | "adopted" | "in_force" | "under_evaluation" | "revising" | "retired";
            /** Format: date-time */
            at: string;
            by: string | null;
            note: string | null;
            versionNumber: number | null;
        };
        PolicyTransitionEntryInput: {
            /** @enum {string} */
            transition: "openConsultation" | "closeConsultation" | "adopt" | "enterIntoForce" | "startEvaluation" | "keep" | "revise" | "startRevision" | "discardRevision" | "retire";
            /** @enum {string} */
            from: "draft" | "consultation" | "adopted" | "in_force" | "under_evaluation" | "revising" | "retired";
            /** @enum {string} */
            to: "draft" | "consultation" | "adopted" | "in_force" | "under_evaluation" | "revising" | "retired";
            /** Format: date-time */
            at: string;
            by: string | null;
            note: string | null;
            versionNumber: number | null;
        };
        PolicyVersionComparison: {
            from: components["schemas"]["PolicyVersionSummary"];
            to: components["schemas"]["PolicyVersionSummary"];
            items: {
                /** @enum {string} */
                kind: "unchanged" | "added" | "modified" | "moved" | "split" | "merged" | "deleted";
                provisionId: number;
                before: {
                    label: string;
                    heading: string | null;
                    body: string;
                    depth: number;
                    path: string[];
                } | null;
                after: {
                    label: string;
                    heading: string | null;
                    body: string;
                    depth: number;
                    path: string[];
                } | null;
                textChanged: boolean;
                moved: boolean;
                renumbered: boolean;
                related: {
                    provisionId: number;
                    label: string;
                }[];
                segments: {
                    /** @enum {string} */
                    op: "same" | "added" | "removed";
                    text: string;
                }[] | null;
                changes: components["schemas"]["ProvisionChange"][];
            }[];
        };
        PolicyVersionComparisonInput: {
            from: components["schemas"]["PolicyVersionSummaryInput"];
            to: components["schemas"]["PolicyVersionSummaryInput"];
            items: {
                /** @enum {string} */
                kind: "unchanged" | "added" | "modified" | "moved" | "split" | "merged" | "deleted";
                provisionId: number;
                before: {
                    label: string;
                    heading: string | null;
                    body: string;
                    depth: number;
                    path: string[];
                } | null;
                after: {
                    label: string;
                    heading: string | null;
                    body: string;
                    depth: number;
                    path: string[];
                } | null;
                textChanged: boolean;
                moved: boolean;
                renumbered: boolean;
                related: {
                    provisionId: number;
                    label: string;
                }[];
                segments: {
                    /** @enum {string} */
                    op: "same" | "added" | "removed";
                    text: string;
                }[] | null;
                changes: components["schemas"]["ProvisionChangeInput"][];
            }[];
        };
        PolicyVersionSummary: {
            id: number;
            number: number;
            /** @enum {string} */
            status: "draft" | "adopted" | "discarded";
            adoptedOn: string | null;
            effectiveFrom: string | null;
            adoptedBy: string | null;
            inForce: boolean;
            provisionCount: number;
            changeCount: number;
        };
        PolicyVersionSummaryInput: {
            id: number;
            number: number;
            /** @enum {string} */
            status: "draft" | "adopted" | "discarded";
            adoptedOn: string | null;
            effectiveFrom: string | null;
            adoptedBy: string | null;
            inForce: boolean;
            provisionCount: number;
            changeCount: number;
        };
        PolicyVersionText: {
            policyId: number;
            policyTitle: string;
            version: components["schemas"]["PolicyVersionSummary"];
            provisions: components["schemas"]["ProvisionView"][];
            removed: {
                provisionId: number;
                label: string;
                heading: string | null;
                change: components["schemas"]["ProvisionChange"];
            }[];
            acknowledgement: {
                at: string | null;
            } | null;
        };
        PolicyVersionTextInput: {
            policyId: number;
            policyTitle: string;
            version: components["schemas"]["PolicyVersionSummaryInput"];
            provisions: components["schemas"]["ProvisionViewInput"][];
            removed: {
                provisionId: number;
                label: string;
                heading: string | null;
                change: components["schemas"]["ProvisionChangeInput"];
            }[];
            acknowledgement: {
                at: string | null;
            } | null;
        };
        Position: {
            id: number;
            name: string;
            kind: ("jpt_utama" | "jpt_madya" | "jpt_pratama" | "administrator" | "pengawas" | "fungsional" | "pelaksana") | null;
            level: ("ahli_pertama" | "ahli_muda" | "ahli_madya" | "ahli_utama" | "pemula" | "terampil" | "mahir" | "penyelia") | null;
            employeeCount: number | null;
        };
        PositionBody: {
            name: string;
            /** @enum {string} */
            kind: "jpt_utama" | "jpt_madya" | "jpt_pratama" | "administrator" | "pengawas" | "fungsional" | "pelaksana";
            /** @default null */
            level: ("ahli_pertama" | "ahli_muda" | "ahli_madya" | "ahli_utama" | "pemula" | "terampil" | "mahir" | "penyelia") | null;
        };
        PositionBodyInput: {
            name: string;
            /** @enum {string} */
            kind: "jpt_utama" | "jpt_madya" | "jpt_pratama" | "administrator" | "pengawas" | "fungsional" | "pelaksana";
            /** @default null */
            level: ("ahli_pertama" | "ahli_muda" | "ahli_madya" | "ahli_utama" | "pemula" | "terampil" | "mahir" | "penyelia") | null;
        };
        PositionInput: {
            id: number;
            name: string;
            kind: ("jpt_utama" | "jpt_madya" | "jpt_pratama" | "administrator" | "pengawas" | "fungsional" | "pelaksana") | null;
            level: ("ahli_pertama" | "ahli_muda" | "ahli_madya" | "ahli_utama" | "pemula" | "terampil" | "mahir" | "penyelia") | null;
            employeeCount: number | null;
        };
        PositionMatch: {
            positionId: number;
            positionName: string;
            gaps: components["schemas"]["CompetencyGapRow"][];
            jpm: number | null;
            jpmLabel: ("memenuhi" | "masihMemenuhi" | "kurangMemenuhi") | null;
        };
        PositionMatchInput: {
            positionId: number;
            positionName: string;
            gaps: components["schemas"]["CompetencyGapRowInput"][];
            jpm: number | null;
            jpmLabel: ("memenuhi" | "masihMemenuhi" | "kurangMemenuhi") | null;
        };
        PositionPage: {
            items: components["schemas"]["Position"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PositionPageInput: {
            items: components["schemas"]["PositionInput"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PositionStandard: {
            positionId: number;
            positionName: string;
            requirements: components["schemas"]["Requirement"][];
            holderCount: number | null;
            version: string;
        };
        PositionStandardBody: {
            version?: string;
            requirements: {
                competencyId: number;
                requiredLevel: number;
            }[];
        };
        PositionStandardBodyInput: {
            version?: string;
            requirements: {
                competencyId: number;
                requiredLevel: number;
            }[];
        };
        PositionStandardInput: {
            positionId: number;
            positionName: string;
            requirements: components["schemas"]["RequirementInput"][];
            holderCount: number | null;
            version: string;
        };
        PredikatDistribution: {
            year: number;
            total: {
                sangat_baik: number;
                baik: number;
                butuh_perbaikan: number;
                kurang: number;
                sangat_kurang: number;
            };
            units: {
                unitId: number;
                unit: string;
                counts: {
                    sangat_baik: number;
                    baik: number;
                    butuh_perbaikan: number;
                    kurang: number;
                    sangat_kurang: number;
                };
            }[];
            appraisers: {
                name: string;
                nip: string | null;
                appraised: number;
                meanScore: number;
                deviation: number;
                flagged: boolean;
                counts: {
                    sangat_baik: number;
                    baik: number;
                    butuh_perbaikan: number;
                    kurang: number;
                    sangat_kurang: number;
                };
            }[];
            peerMean: number | null;
        };
        PredikatDistributionInput: {
            year: number;
            total: {
                sangat_baik: number;
                baik: number;
                butuh_perbaikan: number;
                kurang: number;
                sangat_kurang: number;
            };
            units: {
                unitId: number;
                unit: string;
                counts: {
                    sangat_baik: number;
                    baik: number;
                    butuh_perbaikan: number;
                    kurang: number;
                    sangat_kurang: number;
                };
            }[];
            appraisers: {
                name: string;
                nip: string | null;
                appraised: number;
                meanScore: number;
                deviation: number;
                flagged: boolean;
                counts: {
                    sangat_baik: number;
                    baik: number;
                    butuh_perbaikan: number;
                    kurang: number;
                    sangat_kurang: number;
                };
            }[];
            peerMean: number | null;
        };
        Problem: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
                path: string;
                message: string;
            }[];
        };
        ProblemInput: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            errors?: {
                path: string;
                message: string;
            }[];
        };
        Program: {
            id: number;
            title: string;
            description: string | null;
            /** @enum {string} */
            pathCode: "PEND" | "KL01" | "KL02" | "KL03" | "KL04" | "KL05" | "KL06" | "KL07" | "KL08" | "KL09" | "KL10" | "KL11" | "KL12" | "NKL01" | "NKL02" | "NKL03" | "NKL04" | "NKL05" | "NKL06" | "NKL07" | "NKL08" | "NKL09" | "NKL10" | "NKL11" | "NKL12" | "NKL13";
            jp: number;
            /** @enum {string} */
            providerKind: "internal" | "lan" | "partner";
            providerName: string | null;
            partnerId: number | null;
            costPerParticipant: number;
            policyId: number | null;
            /** @enum {string} */
            state: "draft" | "open" | "closed" | "selected" | "completed" | "cancelled";
            eligibility: components["schemas"]["EligibilityRules"];
            weights: components["schemas"]["ScoreWeights"];
            quotaUnitMax: number | null;
            quotaUnitMin: number | null;
            applicationsCloseOn: string | null;
            rankingShowsNames: boolean;
            minAttendancePercent: number;
            passingScore: number | null;
            affirmativeGroups: components["schemas"]["AffirmativeGroup"][];
            appealDays: number;
            competencies: {
                competencyId: number;
                code: string;
                name: string;
                /** @enum {string} */
                type: "manajerial" | "sosialKultural" | "teknis";
                targetLevel: number;
            }[];
            planItemIds: number[];
            batches: components["schemas"]["ProgramBatch"][];
            applicants: number;
            selectedAt: string | null;
            selection: components["schemas"]["SelectionSummary"] | null;
            transitions: ("open" | "close" | "reopen" | "complete" | "cancel")[];
            editable: boolean;
            manageable: boolean;
            teaches: boolean;
        };
        ProgramBatch: {
            id: number;
            name: string;
            startsOn: string;
            endsOn: string;
            venue: string | null;
            onlineUrl: string | null;
            capacity: number;
            taken: number;
            reserved: {
                [key: string]: number;
            };
        };
        ProgramBatchInput: {
            id: number;
            name: string;
            startsOn: string;
            endsOn: string;
            venue: string | null;
            onlineUrl: string | null;
            capacity: number;
            taken: number;
            reserved: {
                [key: string]: number;
            };
        };
        ProgramBody: {
            title: string;
            /** @default null */
            description: string | null;
            /** @enum {string} */
            pathCode: "PEND" | "KL01" | "KL02" | "KL03" | "KL04" | "KL05" | "KL06" | "KL07" | "KL08" | "KL09" | "KL10" | "KL11" | "KL12" | "NKL01" | "NKL02" | "NKL03" | "NKL04" | "NKL05" | "NKL06" | "NKL07" | "NKL08" | "NKL09" | "NKL10" | "NKL11" | "NKL12" | "NKL13";
            jp: number;
            /** @enum {string} */
            providerKind: "internal" | "lan" | "partner";
            /** @default null */
            providerName: string | null;
            /** @default null */
            partnerId: number | null;
            /** @default 0 */
            costPerParticipant: number;
            /** @default null */
            policyId: number | null;
            /**
             * @default {
             *       "unitIds": [],
             *       "positionKinds": [],
             *       "golonganRankMin": null,
             *       "golonganRankMax": null,
             *       "employeeTypes": [],
             *       "requiresGap": false,
             *       "repeatAfterYears": null,
             *       "talentBoxes": []
             *     }
             */
            eligibility: components["schemas"]["EligibilityRules"];
            /**
             * @default {
             *       "gap": 40,
             *       "jpShortfall": 30,
             *       "sinceLastDevelopment": 20,
             *       "recommendation": 10
             *     }
             */
            weights: components["schemas"]["ScoreWeights"];
            /** @default null */
            quotaUnitMax: number | null;
            /** @default null */
            quotaUnitMin: number | null;
            /** @default null */
            applicationsCloseOn: string | null;
            /** @default false */
            rankingShowsNames: boolean;
            /** @default 80 */
            minAttendancePercent: number;
            /** @default null */
            passingScore: number | null;
            /** @default [] */
            affirmativeGroups: components["schemas"]["AffirmativeGroup"][];
            /** @default 0 */
            appealDays: number;
            /** @default [] */
            competencies: {
                competencyId: number;
                targetLevel: number;
            }[];
            /** @default [] */
            planItemIds: number[];
        };
        ProgramBodyInput: {
            title: string;
            /** @default null */
            description: string | null;
            /** @enum {string} */
            pathCode: "PEND" | "KL01" | "KL02" | "KL03" | "KL04" | "KL05" | "KL06" | "KL07" | "KL08" | "KL09" | "KL10" | "KL11" | "KL12" | "NKL01" | "NKL02" | "NKL03" | "NKL04" | "NKL05" | "NKL06" | "NKL07" | "NKL08" | "NKL09" | "NKL10" | "NKL11" | "NKL12" | "NKL13";
            jp: number;
            /** @enum {string} */
            providerKind: "internal" | "lan" | "partner";
            /** @default null */
            providerName: string | null;
            /** @default null */
            partnerId: number | null;
            /** @default 0 */
            costPerParticipant: number;
            /** @default null */
            policyId: number | null;
            /**
             * @default {
             *       "unitIds": [],
             *       "positionKinds": [],
             *       "golonganRankMin": null,
             *       "golonganRankMax": null,
             *       "employeeTypes": [],
             *       "requiresGap": false,
             *       "repeatAfterYears": null,
             *       "talentBoxes": []
             *     }
             */
            eligibility: components["schemas"]["EligibilityRulesInput"];
            /**
             * @default {
             *       "gap": 40,
             *       "jpShortfall": 30,
             *       "sinceLastDevelopment": 20,
             *       "recommendation": 10
             *     }
             */
            weights: components["schemas"]["ScoreWeightsInput"];
            /** @default null */
            quotaUnitMax: number | null;
            /** @default null */
            quotaUnitMin: number | null;
            /** @default null */
            applicationsCloseOn: string | null;
            /** @default false */
            rankingShowsNames: boolean;
            /** @default 80 */
            minAttendancePercent: number;
            /** @default null */
            passingScore: number | null;
            /** @default [] */
            affirmativeGroups: components["schemas"]["AffirmativeGroupInput"][];
            /** @default 0 */
            appealDays: number;
            /** @default [] */
            competencies: {
                competencyId: number;
                targetLevel: number;
            }[];
            /** @default [] */
            planItemIds: number[];
        };
        ProgramCertificate: {
            id: number;
            applicationId: number;
            number: string;
            issuedOn: string;
            employee: {
                id: number;
                name: string;
                nip: string;
            };
            batch: {
                id: number;
                name: string;
                startsOn: string;
                endsOn: string;
            };
            revokedOn: string | null;
            revokedReason: string | null;
            verificationUrl: string;
        };
        ProgramCertificateInput: {
            id: number;
            applicationId: number;
            number: string;
            issuedOn: string;
            employee: {
                id: number;
                name: string;
                nip: string;
            };
            batch: {
                id: number;
                name: string;
                startsOn: string;
                endsOn: string;
            };
            revokedOn: string | null;
            revokedReason: string | null;
            verificationUrl: string;
        };
        ProgramCertificatePage: {
            items: components["schemas"]["ProgramCertificate"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ProgramCertificatePageInput: {
            items: components["schemas"]["ProgramCertificateInput"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ProgramEvaluation: {
            programId: number;
            minGroupSize: number;
            questions: string[];
            behaviourQuestions: string[];
            scale: {
                min: number;
                max: number;
            };
            plan: {
                followUpMonths: number | null;
                resultSurveyId: number | null;
            };
            batches: {
                id: number;
                name: string;
                closed: boolean;
                reactionSurveyId: number | null;
                curriculumVersion: number | null;
                trainers: string[];
                learning: {
                    /** @constant */
                    shown: true;
                    pairs: number;
                    meanPre: number;
                    meanPost: number;
                    meanGain: number;
                    normalisedGain: number | null;
                } | {
                    /** @constant */
                    shown: false;
                    /** @enum {string} */
                    withheld: "small" | "none";
                };
                reaction: {
                    /** @constant */
                    shown: true;
                    responses: number;
                    questions: {
                        key: string;
                        mean: number | null;
                    }[];
                    overall: number | null;
                } | {
                    /** @constant */
                    shown: false;
                    /** @enum {string} */
                    withheld: "small" | "none";
                };
                behaviour: {
                    alumni: {
                        /** @constant */
                        shown: true;
                        responses: number;
                        questions: {
                            key: string;
                            mean: number | null;
                        }[];
                        overall: number | null;
                    } | {
                        /** @constant */
                        shown: false;
                        /** @enum {string} */
                        withheld: "small" | "none";
                    };
                    supervisors: {
                        /** @constant */
                        shown: true;
                        responses: number;
                        questions: {
                            key: string;
                            mean: number | null;
                        }[];
                        overall: number | null;
                    } | {
                        /** @constant */
                        shown: false;
                        /** @enum {string} */
                        withheld: "small" | "none";
                    };
                    dueOn: string | null;
                    alumniSurveyId: number | null;
                    supervisorSurveyId: number | null;
                };
            }[];
            trainers: {
                batchIds: number[];
                learning: {
                    /** @constant */
                    shown: true;
                    pairs: number;
                    meanPre: number;
                    meanPost: number;
                    meanGain: number;
                    normalisedGain: number | null;
                } | {
                    /** @constant */
                    shown: false;
                    /** @enum {string} */
                    withheld: "small" | "none";
                };
                reaction: {
                    /** @constant */
                    shown: true;
                    responses: number;
                    questions: {
                        key: string;
                        mean: number | null;
                    }[];
                    overall: number | null;
                } | {
                    /** @constant */
                    shown: false;
                    /** @enum {string} */
                    withheld: "small" | "none";
                };
                behaviour: {
                    alumni: {
                        /** @constant */
                        shown: true;
                        responses: number;
                        questions: {
                            key: string;
                            mean: number | null;
                        }[];
                        overall: number | null;
                    } | {
                        /** @constant */
                        shown: false;
                        /** @enum {string} */
                        withheld: "small" | "none";
                    };
                    supervisors: {
                        /** @constant */
                        shown: true;
                        responses: number;
                        questions: {
                            key: string;
                            mean: number | null;
                        }[];
                        overall: number | null;
                    } | {
                        /** @constant */
                        shown: false;
                        /** @enum {string} */
                        withheld: "small" | "none";
                    };
                };
                withheldBatches: {
                    learning: number;
                    reaction: number;
                };
                name: string;
            }[];
            versions: {
                batchIds: number[];
                learning: {
                    /** @constant */
                    shown: true;
                    pairs: number;
                    meanPre: number;
                    meanPost: number;
                    meanGain: number;
                    normalisedGain: number | null;
                } | {
                    /** @constant */
                    shown: false;
                    /** @enum {string} */
                    withheld: "small" | "none";
                };
                reaction: {
                    /** @constant */
                    shown: true;
                    responses: number;
                    questions: {
                        key: string;
                        mean: number | null;
                    }[];
                    overall: number | null;
                } | {
                    /** @constant */
                    shown: false;
                    /** @enum {string} */
                    withheld: "small" | "none";
                };
                behaviour: {
                    alumni: {
                        /** @constant */
                        shown: true;
                        responses: number;
                        questions: {
                            key: string;
                            mean: number | null;
                        }[];
                        overall: number | null;
                    } | {
                        /** @constant */
                        shown: false;
                        /** @enum {string} */
                        withheld: "small" | "none";
                    };
                    supervisors: {
                        /** @constant */
                        shown: true;
                        responses: number;
                        questions: {
                            key: string;
                            mean: number | null;
                        }[];
                        overall: number | null;
                    } | {
                        /** @constant */
                        shown: false;
                        /** @enum {string} */
                        withheld: "small" | "none";
                    };
                };
                withheldBatches: {
                    learning: number;
                    reaction: number;
                };
                version: number | null;
            }[];
            total: {
                batchIds: number[];
                learning: {
                    /** @constant */
                    shown: true;
                    pairs: number;
                    meanPre: number;
                    meanPost: number;
                    meanGain: number;
                    normalisedGain: number | null;
                } | {
                    /** @constant */
                    shown: false;
                    /** @enum {string} */
                    withheld: "small" | "none";
                };
                reaction: {
                    /** @constant */
                    shown: true;
                    responses: number;
                    questions: {
                        key: string;
                        mean: number | null;
                    }[];
                    overall: number | null;
                } | {
                    /** @constant */
                    shown: false;
                    /** @enum {string} */
                    withheld: "small" | "none";
                };
                behaviour: {
                    alumni: {
                        /** @constant */
                        shown: true;
                        responses: number;
                        questions: {
                            key: string;
                            mean: number | null;
                        }[];
                        overall: number | null;
                    } | {
                        /** @constant */
                        shown: false;
                        /** @enum {string} */
                        withheld: "small" | "none";
                    };
                    supervisors: {
                        /** @constant */
                        shown: true;
                        responses: number;
                        questions: {
                            key: string;
                            mean: number | null;
                        }[];
                        overall: number | null;
                    } | {
                        /** @constant */
                        shown: false;
                        /** @enum {string} */
                        withheld: "small" | "none";
                    };
                };
                withheldBatches: {
                    learning: number;
                    reaction: number;
                };
            };
            results: {
                surveyId: number;
                title: string;
                firstDay: string;
                lastDay: string;
                points: {
                    label: string;
                    opensOn: string;
                    closesOn: string;
                    value: number | null;
                    final: boolean;
                    /** @enum {string} */
                    timing: "before" | "during" | "after";
                }[];
                before: number | null;
                after: number | null;
                afterFinal: boolean;
                change: number | null;
            } | null;
            performance: {
                participants: number;
                paired: number;
                withheld: boolean;
                before: {
                    sangat_baik: number;
                    baik: number;
                    butuh_perbaikan: number;
                    kurang: number;
                    sangat_kurang: number;
                } | null;
                after: {
                    sangat_baik: number;
                    baik: number;
                    butuh_perbaikan: number;
                    kurang: number;
                    sangat_kurang: number;
                } | null;
                atLeastBaikBefore: number | null;
                atLeastBaikAfter: number | null;
                improved: number | null;
                same: number | null;
                worse: number | null;
            } | null;
        };
        ProgramEvaluationInput: {
            programId: number;
            minGroupSize: number;
            questions: string[];
            behaviourQuestions: string[];
            scale: {
                min: number;
                max: number;
            };
            plan: {
                followUpMonths: number | null;
                resultSurveyId: number | null;
            };
            batches: {
                id: number;
                name: string;
                closed: boolean;
                reactionSurveyId: number | null;
                curriculumVersion: number | null;
                trainers: string[];
                learning: {
                    /** @constant */
                    shown: true;
                    pairs: number;
                    meanPre: number;
                    meanPost: number;
                    meanGain: number;
                    normalisedGain: number | null;
                } | {
                    /** @constant */
                    shown: false;
                    /** @enum {string} */
                    withheld: "small" | "none";
                };
                reaction: {
                    /** @constant */
                    shown: true;
                    responses: number;
                    questions: {
                        key: string;
                        mean: number | null;
                    }[];
                    overall: number | null;
                } | {
                    /** @constant */
                    shown: false;
                    /** @enum {string} */
                    withheld: "small" | "none";
                };
                behaviour: {
                    alumni: {
                        /** @constant */
                        shown: true;
                        responses: number;
                        questions: {
                            key: string;
                            mean: number | null;
                        }[];
                        overall: number | null;
                    } | {
                        /** @constant */
                        shown: false;
                        /** @enum {string} */
                        withheld: "small" | "none";
                    };
                    supervisors: {
                        /** @constant */
                        shown: true;
                        responses: number;
                        questions: {
                            key: string;
                            mean: number | null;
                        }[];
                        overall: number | null;
                    } | {
                        /** @constant */
                        shown: false;
                        /** @enum {string} */
                        withheld: "small" | "none";
                    };
                    dueOn: string | null;
                    alumniSurveyId: number | null;
                    supervisorSurveyId: number | null;
                };
            }[];
            trainers: {
                batchIds: number[];
                learning: {
                    /** @constant */
                    shown: true;
                    pairs: number;
                    meanPre: number;
                    meanPost: number;
                    meanGain: number;
                    normalisedGain: number | null;
                } | {
                    /** @constant */
                    shown: false;
                    /** @enum {string} */
                    withheld: "small" | "none";
                };
                reaction: {
                    /** @constant */
                    shown: true;
                    responses: number;
                    questions: {
                        key: string;
                        mean: number | null;
                    }[];
                    overall: number | null;
                } | {
                    /** @constant */
                    shown: false;
                    /** @enum {string} */
                    withheld: "small" | "none";
                };
                behaviour: {
                    alumni: {
                        /** @constant */
                        shown: true;
                        responses: number;
                        questions: {
                            key: string;
                            mean: number | null;
                        }[];
                        overall: number | null;
                    } | {
                        /** @constant */
                        shown: false;
                        /** @enum {string} */
                        withheld: "small" | "none";
                    };
                    supervisors: {
                        /** @constant */
                        shown: true;
                        responses: number;
                        questions: {
                            key: string;
                            mean: number | null;
                        }[];
                        overall: number | null;
                    } | {
                        /** @constant */
                        shown: false;
                        /** @enum {string} */
                        withheld: "small" | "none";
                    };
                };
                withheldBatches: {
                    learning: number;
                    reaction: number;
                };
                name: string;
            }[];
            versions: {
                batchIds: number[];
                learning: {
                    /** @constant */
                    shown: true;
                    pairs: number;
                    meanPre: number;
                    meanPost: number;
                    meanGain: number;
                    normalisedGain: number | null;
                } | {
                    /** @constant */
                    shown: false;
                    /** @enum {string} */
                    withheld: "small" | "none";
                };
                reaction: {
                    /** @constant */
                    shown: true;
                    responses: number;
                    questions: {
                        key: string;
                        mean: number | null;
                    }[];
                    overall: number | null;
                } | {
                    /** @constant */
                    shown: false;
                    /** @enum {string} */
                    withheld: "small" | "none";
                };
                behaviour: {
                    alumni: {
                        /** @constant */
                        shown: true;
                        responses: number;
                        questions: {
                            key: string;
                            mean: number | null;
                        }[];
                        overall: number | null;
                    } | {
                        /** @constant */
                        shown: false;
                        /** @enum {string} */
                        withheld: "small" | "none";
                    };
                    supervisors: {
                        /** @constant */
                        shown: true;
                        responses: number;
                        questions: {
                            key: string;
                            mean: number | null;
                        }[];
                        overall: number | null;
                    } | {
                        /** @constant */
                        shown: false;
                        /** @enum {string} */
                        withheld: "small" | "none";
                    };
                };
                withheldBatches: {
                    learning: number;
                    reaction: number;
                };
                version: number | null;
            }[];
            total: {
                batchIds: number[];
                learning: {
                    /** @constant */
                    shown: true;
                    pairs: number;
                    meanPre: number;
                    meanPost: number;
                    meanGain: number;
                    normalisedGain: number | null;
                } | {
                    /** @constant */
                    shown: false;
                    /** @enum {string} */
                    withheld: "small" | "none";
                };
                reaction: {
                    /** @constant */
                    shown: true;
                    responses: number;
                    questions: {
                        key: string;
                        mean: number | null;
                    }[];
                    overall: number | null;
                } | {
                    /** @constant */
                    shown: false;
                    /** @enum {string} */
                    withheld: "small" | "none";
                };
                behaviour: {
                    alumni: {
                        /** @constant */
                        shown: true;
                        responses: number;
                        questions: {
                            key: string;
                            mean: number | null;
                        }[];
                        overall: number | null;
                    } | {
                        /** @constant */
                        shown: false;
                        /** @enum {string} */
                        withheld: "small" | "none";
                    };
                    supervisors: {
                        /** @constant */
                        shown: true;
                        responses: number;
                        questions: {
                            key: string;
                            mean: number | null;
                        }[];
                        overall: number | null;
                    } | {
                        /** @constant */
                        shown: false;
                        /** @enum {string} */
                        withheld: "small" | "none";
                    };
                };
                withheldBatches: {
                    learning: number;
                    reaction: number;
                };
            };
            results: {
                surveyId: number;
                title: string;
                firstDay: string;
                lastDay: string;
                points: {
                    label: string;
                    opensOn: string;
                    closesOn: string;
                    value: number | null;
                    final: boolean;
                    /** @enum {string} */
                    timing: "before" | "during" | "after";
                }[];
                before: number | null;
                after: number | null;
                afterFinal: boolean;
                change: number | null;
            } | null;
            performance: {
                participants: number;
                paired: number;
                withheld: boolean;
                before: {
                    sangat_baik: number;
                    baik: number;
                    butuh_perbaikan: number;
                    kurang: number;
                    sangat_kurang: number;
                } | null;
                after: {
                    sangat_baik: number;
                    baik: number;
                    butuh_perbaikan: number;
                    kurang: number;
                    sangat_kurang: number;
                } | null;
                atLeastBaikBefore: number | null;
                atLeastBaikAfter: number | null;
                improved: number | null;
                same: number | null;
                worse: number | null;
            } | null;
        };
        ProgramInput: {
            id: number;
            title: string;
            description: string | null;
            /** @enum {string} */
            pathCode: "PEND" | "KL01" | "KL02" | "KL03" | "KL04" | "KL05" | "KL06" | "KL07" | "KL08" | "KL09" | "KL10" | "KL11" | "KL12" | "NKL01" | "NKL02" | "NKL03" | "NKL04" | "NKL05" | "NKL06" | "NKL07" | "NKL08" | "NKL09" | "NKL10" | "NKL11" | "NKL12" | "NKL13";
            jp: number;
            /** @enum {string} */
            providerKind: "internal" | "lan" | "partner";
            providerName: string | null;
            partnerId: number | null;
            costPerParticipant: number;
            policyId: number | null;
            /** @enum {string} */
            state: "draft" | "open" | "closed" | "selected" | "completed" | "cancelled";
            eligibility: components["schemas"]["EligibilityRulesInput"];
            weights: components["schemas"]["ScoreWeightsInput"];
            quotaUnitMax: number | null;
            quotaUnitMin: number | null;
            applicationsCloseOn: string | null;
            rankingShowsNames: boolean;
            minAttendancePercent: number;
            passingScore: number | null;
            affirmativeGroups: components["schemas"]["AffirmativeGroupInput"][];
            appealDays: number;
            competencies: {
                competencyId: number;
                code: string;
                name: string;
                /** @enum {string} */
                type: "manajerial" | "sosialKultural" | "teknis";
                targetLevel: number;
            }[];
            planItemIds: number[];
            batches: components["schemas"]["ProgramBatchInput"][];
            applicants: number;
            selectedAt: string | null;
            selection: components["schemas"]["SelectionSummaryInput"] | null;
            transitions: ("open" | "close" | "reopen" | "complete" | "cancel")[];
            editable: boolean;
            manageable: boolean;
            teaches: boolean;
        };
        ProgramPage: {
            items: components["schemas"]["ProgramSummary"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ProgramPageInput: {
            items: components["schemas"]["ProgramSummaryInput"][];
            total: number;
            page: number;
            pageSize: number;
        };
        ProgramSummary: {
            id: number;
            title: string;
            /** @enum {string} */
            pathCode: "PEND" | "KL01" | "KL02" | "KL03" | "KL04" | "KL05" | "KL06" | "KL07" | "KL08" | "KL09" | "KL10" | "KL11" | "KL12" | "NKL01" | "NKL02" | "NKL03" | "NKL04" | "NKL05" | "NKL06" | "NKL07" | "NKL08" | "NKL09" | "NKL10" | "NKL11" | "NKL12" | "NKL13";
            jp: number;
            /** @enum {string} */
            providerKind: "internal" | "lan" | "partner";
            providerName: string | null;
            /** @enum {string} */
            state: "draft" | "open" | "closed" | "selected" | "completed" | "cancelled";
            applicationsCloseOn: string | null;
            firstDay: string | null;
            seats: number;
            applicants: number;
            myState: ("applied" | "selected" | "waitlisted" | "notSelected" | "withdrawn") | null;
        };
        ProgramSummaryInput: {
            id: number;
            title: string;
            /** @enum {string} */
            pathCode: "PEND" | "KL01" | "KL02" | "KL03" | "KL04" | "KL05" | "KL06" | "KL07" | "KL08" | "KL09" | "KL10" | "KL11" | "KL12" | "NKL01" | "NKL02" | "NKL03" | "NKL04" | "NKL05" | "NKL06" | "NKL07" | "NKL08" | "NKL09" | "NKL10" | "NKL11" | "NKL12" | "NKL13";
            jp: number;
            /** @enum {string} */
            providerKind: "internal" | "lan" | "partner";
            providerName: string | null;
            /** @enum {string} */
            state: "draft" | "open" | "closed" | "selected" | "completed" | "cancelled";
            applicationsCloseOn: string | null;
            firstDay: string | null;
            seats: number;
            applicants: number;
            myState: ("applied" | "selected" | "waitlisted" | "notSelected" | "withdrawn") | null;
        };
        ProgramTransitionBody: {
            /** @enum {string} */
            transition: "open" | "close" | "reopen" | "complete" | "cancel";
        };
        ProgramTransitionBodyInput: {
            /** @enum {string} */
            transition: "open" | "close" | "reopen" | "complete" | "cancel";
        };
        Promotion: {
            id: number;
            employeeId: number;
            period: string;
            /** @constant */
            kind: "reguler";
            fromGolongan: string;
            toGolongan: string;
            eligible: boolean;
            rulesVersionNumber: number | null;
            /** @enum {string} */
            state: "proposed" | "approved" | "rejected";
            decreeNumber: string | null;
            decreeDate: string | null;
            tmt: string | null;
            reason: string | null;
            /** Format: date-time */
            proposedAt: string;
            decidedAt: string | null;
        };
        PromotionCheck: {
            /** @enum {string} */
            rule: "pns" | "topRank" | "yearsInRank" | "appraisals" | "sanction" | "educationCeiling" | "positionCeiling";
            met: boolean;
            /** @enum {string} */
            code: "promotion.pns.met" | "promotion.pns.pppk" | "promotion.topRank.met" | "promotion.topRank.top" | "promotion.topRank.golonganUnknown" | "promotion.yearsInRank.met" | "promotion.yearsInRank.short" | "promotion.yearsInRank.tmtUnknown" | "promotion.appraisals.met" | "promotion.appraisals.notConsidered" | "promotion.appraisals.below" | "promotion.appraisals.missing" | "promotion.sanction.met" | "promotion.sanction.notConsidered" | "promotion.sanction.active" | "promotion.sanction.activeOpen" | "promotion.educationCeiling.met" | "promotion.educationCeiling.above" | "promotion.educationCeiling.educationUnknown" | "promotion.educationCeiling.ceilingUnknown" | "promotion.educationCeiling.noTarget" | "promotion.positionCeiling.met" | "promotion.positionCeiling.above" | "promotion.positionCeiling.notBound";
            params: {
                [key: string]: string | number;
            };
        };
        PromotionCheckInput: {
            /** @enum {string} */
            rule: "pns" | "topRank" | "yearsInRank" | "appraisals" | "sanction" | "educationCeiling" | "positionCeiling";
            met: boolean;
            /** @enum {string} */
            code: "promotion.pns.met" | "promotion.pns.pppk" | "promotion.topRank.met" | "promotion.topRank.top" | "promotion.topRank.golonganUnknown" | "promotion.yearsInRank.met" | "promotion.yearsInRank.short" | "promotion.yearsInRank.tmtUnknown" | "promotion.appraisals.met" | "promotion.appraisals.notConsidered" | "promotion.appraisals.below" | "promotion.appraisals.missing" | "promotion.sanction.met" | "promotion.sanction.notConsidered" | "promotion.sanction.active" | "promotion.sanction.activeOpen" | "promotion.educationCeiling.met" | "promotion.educationCeiling.above" | "promotion.educationCeiling.educationUnknown" | "promotion.educationCeiling.ceilingUnknown" | "promotion.educationCeiling.noTarget" | "promotion.positionCeiling.met" | "promotion.positionCeiling.above" | "promotion.positionCeiling.notBound";
            params: {
                [key: string]: string | number;
            };
        };
        PromotionDecideBody: {
            /** @constant */
            outcome: "approved";
            decreeNumber: string;
            decreeDate: string;
            tmt: string;
        } | {
            /** @constant */
            outcome: "rejected";
            reason: string;
        };
        PromotionDecideBodyInput: {
            /** @constant */
            outcome: "approved";
            decreeNumber: string;
            decreeDate: string;
            tmt: string;
        } | {
            /** @constant */
            outcome: "rejected";
            reason: string;
        };
        PromotionEligibilityList: {
            items: components["schemas"]["PromotionEligibilityRow"][];
            total: number;
            page: number;
            pageSize: number;
            period: string;
            proposalDue: string;
            current: components["schemas"]["PromotionRulesSource"];
            summary: components["schemas"]["PromotionEligibilitySummary"];
            proposals: {
                [key: string]: number;
            };
        };
        PromotionEligibilityListInput: {
            items: components["schemas"]["PromotionEligibilityRowInput"][];
            total: number;
            page: number;
            pageSize: number;
            period: string;
            proposalDue: string;
            current: components["schemas"]["PromotionRulesSourceInput"];
            summary: components["schemas"]["PromotionEligibilitySummaryInput"];
            proposals: {
                [key: string]: number;
            };
        };
        PromotionEligibilityRow: {
            employeeId: number;
            name: string;
            nip: string;
            golongan: string | null;
            unit: string | null;
            position: string | null;
            tmtGolongan: string | null;
            education: string | null;
            eligible: boolean;
            target: string | null;
            checks: components["schemas"]["PromotionCheck"][];
            promotion: components["schemas"]["Promotion"] | null;
        };
        PromotionEligibilityRowInput: {
            employeeId: number;
            name: string;
            nip: string;
            golongan: string | null;
            unit: string | null;
            position: string | null;
            tmtGolongan: string | null;
            education: string | null;
            eligible: boolean;
            target: string | null;
            checks: components["schemas"]["PromotionCheckInput"][];
            promotion: components["schemas"]["PromotionInput"] | null;
        };
        PromotionEligibilitySummary: {
            considered: number;
            eligible: number;
            failing: {
                [key: string]: number;
            };
        };
        PromotionEligibilitySummaryInput: {
            considered: number;
            eligible: number;
            failing: {
                [key: string]: number;
            };
        };
        PromotionInput: {
            id: number;
            employeeId: number;
            period: string;
            /** @constant */
            kind: "reguler";
            fromGolongan: string;
            toGolongan: string;
            eligible: boolean;
            rulesVersionNumber: number | null;
            /** @enum {string} */
            state: "proposed" | "approved" | "rejected";
            decreeNumber: string | null;
            decreeDate: string | null;
            tmt: string | null;
            reason: string | null;
            /** Format: date-time */
            proposedAt: string;
            decidedAt: string | null;
        };
        PromotionPeriod: {
            date: string;
            proposalDue: string;
        };
        PromotionPeriodInput: {
            date: string;
            proposalDue: string;
        };
        PromotionPeriods: {
            current: components["schemas"]["PromotionRulesSource"];
            rules: components["schemas"]["PromotionRules"];
            items: components["schemas"]["PromotionPeriod"][];
        };
        PromotionPeriodsInput: {
            current: components["schemas"]["PromotionRulesSourceInput"];
            rules: components["schemas"]["PromotionRulesInput"];
            items: components["schemas"]["PromotionPeriodInput"][];
        };
        PromotionProposeBody: {
            employeeId: number;
            period: string;
            /** @enum {string} */
            toGolongan: "I/a" | "I/b" | "I/c" | "I/d" | "II/a" | "II/b" | "II/c" | "II/d" | "III/a" | "III/b" | "III/c" | "III/d" | "IV/a" | "IV/b" | "IV/c" | "IV/d" | "IV/e";
        };
        PromotionProposeBodyInput: {
            employeeId: number;
            period: string;
            /** @enum {string} */
            toGolongan: "I/a" | "I/b" | "I/c" | "I/d" | "II/a" | "II/b" | "II/c" | "II/d" | "III/a" | "III/b" | "III/c" | "III/d" | "IV/a" | "IV/b" | "IV/c" | "IV/d" | "IV/e";
        };
        PromotionRules: {
            minYearsInRank: number;
            appraisalsConsidered: number;
            /** @enum {string} */
            minimumPredikat: "sangat_baik" | "baik" | "butuh_perbaikan" | "kurang" | "sangat_kurang";
            requireNoActiveSanction: boolean;
            educationCeilings: {
                [key: string]: "I/a" | "I/b" | "I/c" | "I/d" | "II/a" | "II/b" | "II/c" | "II/d" | "III/a" | "III/b" | "III/c" | "III/d" | "IV/a" | "IV/b" | "IV/c" | "IV/d" | "IV/e";
            };
            /** @default {} */
            positionCeilings: {
                [key: string]: "I/a" | "I/b" | "I/c" | "I/d" | "II/a" | "II/b" | "II/c" | "II/d" | "III/a" | "III/b" | "III/c" | "III/d" | "IV/a" | "IV/b" | "IV/c" | "IV/d" | "IV/e";
            };
            periods: number[];
            proposalLeadMonths: number;
        };
        PromotionRulesBody: {
            rules: components["schemas"]["PromotionRules"];
        };
        PromotionRulesBodyInput: {
            rules: components["schemas"]["PromotionRulesInput"];
        };
        PromotionRulesEffect: {
            period: string;
            current: components["schemas"]["PromotionRulesSource"];
            before: components["schemas"]["PromotionEligibilitySummary"];
            after: components["schemas"]["PromotionEligibilitySummary"];
            gainedCount: number;
            lostCount: number;
            gained: {
                employeeId: number;
                name: string;
                nip: string;
                golongan: string | null;
                unit: string | null;
            }[] | null;
            lost: {
                employeeId: number;
                name: string;
                nip: string;
                golongan: string | null;
                unit: string | null;
            }[] | null;
        };
        PromotionRulesEffectInput: {
            period: string;
            current: components["schemas"]["PromotionRulesSourceInput"];
            before: components["schemas"]["PromotionEligibilitySummaryInput"];
            after: components["schemas"]["PromotionEligibilitySummaryInput"];
            gainedCount: number;
            lostCount: number;
            gained: {
                employeeId: number;
                name: string;
                nip: string;
                golongan: string | null;
                unit: string | null;
            }[] | null;
            lost: {
                employeeId: number;
                name: string;
                nip: string;
                golongan: string | null;
                unit: string | null;
            }[] | null;
        };
        PromotionRulesInput: {
            minYearsInRank: number;
            appraisalsConsidered: number;
            /** @enum {string} */
            minimumPredikat: "sangat_baik" | "baik" | "butuh_perbaikan" | "kurang" | "sangat_kurang";
            requireNoActiveSanction: boolean;
            educationCeilings: {
                [key: string]: "I/a" | "I/b" | "I/c" | "I/d" | "II/a" | "II/b" | "II/c" | "II/d" | "III/a" | "III/b" | "III/c" | "III/d" | "IV/a" | "IV/b" | "IV/c" | "IV/d" | "IV/e";
            };
            /** @default {} */
            positionCeilings: {
                [key: string]: "I/a" | "I/b" | "I/c" | "I/d" | "II/a" | "II/b" | "II/c" | "II/d" | "III/a" | "III/b" | "III/c" | "III/d" | "IV/a" | "IV/b" | "IV/c" | "IV/d" | "IV/e";
            };
            periods: number[];
            proposalLeadMonths: number;
        };
        PromotionRulesSource: {
            policyId: number;
            policyTitle: string;
            versionId: number;
            versionNumber: number;
            effectiveFrom: string | null;
        } | null;
        PromotionRulesSourceInput: {
            policyId: number;
            policyTitle: string;
            versionId: number;
            versionNumber: number;
            effectiveFrom: string | null;
        } | null;
        ProvisionChange: {
            versionId: number;
            versionNumber: number;
            /** @enum {string} */
            kind: "unchanged" | "added" | "modified" | "moved" | "split" | "merged" | "deleted";
            reason: string | null;
            evidence: components["schemas"]["EvidenceView"][];
        };
        ProvisionChangeInput: {
            versionId: number;
            versionNumber: number;
            /** @enum {string} */
            kind: "unchanged" | "added" | "modified" | "moved" | "split" | "merged" | "deleted";
            reason: string | null;
            evidence: components["schemas"]["EvidenceViewInput"][];
        };
        ProvisionHistory: {
            provisionId: number;
            origins: {
                provisionId: number;
                label: string;
            }[];
            entries: {
                version: components["schemas"]["PolicyVersionSummary"];
                label: string | null;
                heading: string | null;
                body: string | null;
                change: components["schemas"]["ProvisionChange"] | null;
            }[];
        };
        ProvisionHistoryInput: {
            provisionId: number;
            origins: {
                provisionId: number;
                label: string;
            }[];
            entries: {
                version: components["schemas"]["PolicyVersionSummaryInput"];
                label: string | null;
                heading: string | null;
                body: string | null;
                change: components["schemas"]["ProvisionChangeInput"] | null;
            }[];
        };
        ProvisionView: {
            provisionId: number;
            parentId: number | null;
            ordinal: number;
            depth: number;
            label: string;
            heading: string | null;
            body: string;
            change: components["schemas"]["ProvisionChange"] | null;
        };
        ProvisionViewInput: {
            provisionId: number;
            parentId: number | null;
            ordinal: number;
            depth: number;
            label: string;
            heading: string | null;
            body: string;
            change: components["schemas"]["ProvisionChangeInput"] | null;
        };
        PublicConsultationBody: {
            provisionId: number | null;
            /** @default null */
            quote: string | null;
            /** @enum {string} */
            kind: "comment" | "proposal";
            body: string;
            website?: string;
        };
        PublicConsultationBodyInput: {
            provisionId: number | null;
            /** @default null */
            quote: string | null;
            /** @enum {string} */
            kind: "comment" | "proposal";
            body: string;
            website?: string;
        };
        PublicPolicies: {
            government: {
                name: string;
                slug: string;
            };
            policies: components["schemas"]["PublicPolicy"][];
        };
        PublicPoliciesInput: {
            government: {
                name: string;
                slug: string;
            };
            policies: components["schemas"]["PublicPolicyInput"][];
        };
        PublicPolicy: {
            id: number;
            title: string;
            /** @enum {string} */
            area: "karier" | "kompetensi" | "sdm" | "kepegawaian";
            /** @enum {string} */
            state: "draft" | "consultation" | "adopted" | "in_force" | "under_evaluation" | "revising" | "retired";
            purpose: string;
            principles: string[];
            legalBasis: string[];
            /** Format: date-time */
            publicSince: string;
            version: {
                id: number;
                number: number;
                adoptedOn: string;
                effectiveFrom: string;
                inForce: boolean;
                provisions: {
                    provisionId: number;
                    parentId: number | null;
                    depth: number;
                    label: string;
                    heading: string | null;
                    body: string;
                }[];
            };
            consultations: components["schemas"]["ConsultationWindow"][];
            openConsultation: {
                versionNumber: number;
                until: string;
                provisions: {
                    provisionId: number;
                    parentId: number | null;
                    depth: number;
                    label: string;
                    heading: string | null;
                    body: string;
                }[];
            } | null;
            publicInput: {
                id: number;
                /** @enum {string} */
                kind: "comment" | "proposal";
                provisionLabel: string | null;
                quote: string | null;
                body: string;
                response: {
                    /** @enum {string} */
                    response: "accepted" | "partial" | "rejected";
                    reason: string;
                };
            }[];
            pdfUrl: string;
        };
        PublicPolicyInput: {
            id: number;
            title: string;
            /** @enum {string} */
            area: "karier" | "kompetensi" | "sdm" | "kepegawaian";
            /** @enum {string} */
            state: "draft" | "consultation" | "adopted" | "in_force" | "under_evaluation" | "revising" | "retired";
            purpose: string;
            principles: string[];
            legalBasis: string[];
            /** Format: date-time */
            publicSince: string;
            version: {
                id: number;
                number: number;
                adoptedOn: string;
                effectiveFrom: string;
                inForce: boolean;
                provisions: {
                    provisionId: number;
                    parentId: number | null;
                    depth: number;
                    label: string;
                    heading: string | null;
                    body: string;
                }[];
            };
            consultations: components["schemas"]["ConsultationWindowInput"][];
            openConsultation: {
                versionNumber: number;
                until: string;
                provisions: {
                    provisionId: number;
                    parentId: number | null;
                    depth: number;
                    label: string;
                    heading: string | null;
                    body: string;
                }[];
            } | null;
            publicInput: {
                id: number;
                /** @enum {string} */
                kind: "comment" | "proposal";
                provisionLabel: string | null;
                quote: string | null;
                body: string;
                response: {
                    /** @enum {string} */
                    response: "accepted" | "partial" | "rejected";
                    reason: string;
                };
            }[];
            pdfUrl: string;
        };
        Question: {
            key: string;
            text: components["schemas"]["LocalizedText"];
            help?: components["schemas"]["LocalizedText"];
            /** @default true */
            required: boolean;
            showIf?: {
                question: string;
                anyOf: (string | number)[];
            };
            /** @constant */
            type: "likert";
            scale: components["schemas"]["Scale"];
            /** @enum {string} */
            skmElement?: "U1" | "U2" | "U3" | "U4" | "U5" | "U6" | "U7" | "U8" | "U9";
        } | {
            key: string;
            text: components["schemas"]["LocalizedText"];
            help?: components["schemas"]["LocalizedText"];
            /** @default true */
            required: boolean;
            showIf?: {
                question: string;
                anyOf: (string | number)[];
            };
            /** @constant */
            type: "single";
            options: {
                value: string;
                label: components["schemas"]["LocalizedLine"];
            }[];
            /** @enum {string} */
            profile?: "sex" | "ageBand" | "education" | "occupation";
        } | {
            key: string;
            text: components["schemas"]["LocalizedText"];
            help?: components["schemas"]["LocalizedText"];
            /** @default true */
            required: boolean;
            showIf?: {
                question: string;
                anyOf: (string | number)[];
            };
            /** @constant */
            type: "multiple";
            options: {
                value: string;
                label: components["schemas"]["LocalizedLine"];
            }[];
            maxChoices?: number;
            /** @enum {string} */
            role?: "preferredFormats";
        } | {
            key: string;
            text: components["schemas"]["LocalizedText"];
            help?: components["schemas"]["LocalizedText"];
            /** @default true */
            required: boolean;
            showIf?: {
                question: string;
                anyOf: (string | number)[];
            };
            /** @constant */
            type: "number";
            min?: number;
            max?: number;
            /** @default true */
            integer: boolean;
        } | {
            key: string;
            text: components["schemas"]["LocalizedText"];
            help?: components["schemas"]["LocalizedText"];
            /** @default true */
            required: boolean;
            showIf?: {
                question: string;
                anyOf: (string | number)[];
            };
            /** @constant */
            type: "text";
            /** @default false */
            long: boolean;
            /** @default 500 */
            maxLength: number;
        } | {
            key: string;
            text: components["schemas"]["LocalizedText"];
            help?: components["schemas"]["LocalizedText"];
            /** @default true */
            required: boolean;
            showIf?: {
                question: string;
                anyOf: (string | number)[];
            };
            /** @constant */
            type: "matrix";
            statements: {
                key: string;
                text: components["schemas"]["LocalizedText"];
                competency?: string;
            }[];
            scale: components["schemas"]["Scale"];
        } | {
            key: string;
            text: components["schemas"]["LocalizedText"];
            help?: components["schemas"]["LocalizedText"];
            /** @default true */
            required: boolean;
            showIf?: {
                question: string;
                anyOf: (string | number)[];
            };
            /** @constant */
            type: "abilityNeed";
            statements: {
                key: string;
                text: components["schemas"]["LocalizedText"];
                competency?: string;
            }[];
            scale: components["schemas"]["Scale"];
        };
        QuestionInput: {
            key: string;
            text: components["schemas"]["LocalizedTextInput"];
            help?: components["schemas"]["LocalizedTextInput"];
            /** @default true */
            required: boolean;
            showIf?: {
                question: string;
                anyOf: (string | number)[];
            };
            /** @constant */
            type: "likert";
            scale: components["schemas"]["ScaleInput"];
            /** @enum {string} */
            skmElement?: "U1" | "U2" | "U3" | "U4" | "U5" | "U6" | "U7" | "U8" | "U9";
        } | {
            key: string;
            text: components["schemas"]["LocalizedTextInput"];
            help?: components["schemas"]["LocalizedTextInput"];
            /** @default true */
            required: boolean;
            showIf?: {
                question: string;
                anyOf: (string | number)[];
            };
            /** @constant */
            type: "single";
            options: {
                value: string;
                label: components["schemas"]["LocalizedLineInput"];
            }[];
            /** @enum {string} */
            profile?: "sex" | "ageBand" | "education" | "occupation";
        } | {
            key: string;
            text: components["schemas"]["LocalizedTextInput"];
            help?: components["schemas"]["LocalizedTextInput"];
            /** @default true */
            required: boolean;
            showIf?: {
                question: string;
                anyOf: (string | number)[];
            };
            /** @constant */
            type: "multiple";
            options: {
                value: string;
                label: components["schemas"]["LocalizedLineInput"];
            }[];
            maxChoices?: number;
            /** @enum {string} */
            role?: "preferredFormats";
        } | {
            key: string;
            text: components["schemas"]["LocalizedTextInput"];
            help?: components["schemas"]["LocalizedTextInput"];
            /** @default true */
            required: boolean;
            showIf?: {
                question: string;
                anyOf: (string | number)[];
            };
            /** @constant */
            type: "number";
            min?: number;
            max?: number;
            /** @default true */
            integer: boolean;
        } | {
            key: string;
            text: components["schemas"]["LocalizedTextInput"];
            help?: components["schemas"]["LocalizedTextInput"];
            /** @default true */
            required: boolean;
            showIf?: {
                question: string;
                anyOf: (string | number)[];
            };
            /** @constant */
            type: "text";
            /** @default false */
            long: boolean;
            /** @default 500 */
            maxLength: number;
        } | {
            key: string;
            text: components["schemas"]["LocalizedTextInput"];
            help?: components["schemas"]["LocalizedTextInput"];
            /** @default true */
            required: boolean;
            showIf?: {
                question: string;
                anyOf: (string | number)[];
            };
            /** @constant */
            type: "matrix";
            statements: {
                key: string;
                text: components["schemas"]["LocalizedTextInput"];
                competency?: string;
            }[];
            scale: components["schemas"]["ScaleInput"];
        } | {
            key: string;
            text: components["schemas"]["LocalizedTextInput"];
            help?: components["schemas"]["LocalizedTextInput"];
            /** @default true */
            required: boolean;
            showIf?: {
                question: string;
                anyOf: (string | number)[];
            };
            /** @constant */
            type: "abilityNeed";
            statements: {
                key: string;
                text: components["schemas"]["LocalizedTextInput"];
                competency?: string;
            }[];
            scale: components["schemas"]["ScaleInput"];
        };
        QuestionSummary: {
            /** @constant */
            type: "likert";
            key: string;
            scale: {
                min: number;
                max: number;
            };
            n: number;
            mean: number | null;
            distribution: {
                count: number;
                percent: number | null;
                value: number;
            }[];
        } | {
            /** @constant */
            type: "single";
            key: string;
            n: number;
            options: {
                count: number;
                percent: number | null;
                value: string;
            }[];
            hidden?: {
                options: number;
                count: number | null;
            };
        } | {
            /** @constant */
            type: "multiple";
            key: string;
            n: number;
            options: {
                count: number;
                percent: number | null;
                value: string;
            }[];
        } | {
            /** @constant */
            type: "number";
            key: string;
            n: number;
            mean: number | null;
            median: number | null;
            min: number | null;
            max: number | null;
        } | {
            /** @constant */
            type: "text";
            key: string;
            n: number;
        } | {
            /** @constant */
            type: "matrix";
            key: string;
            scale: {
                min: number;
                max: number;
            };
            n: number;
            statements: {
                key: string;
                n: number;
                mean: number | null;
                distribution: {
                    count: number;
                    percent: number | null;
                    value: number;
                }[];
            }[];
        } | {
            /** @constant */
            type: "abilityNeed";
            key: string;
            scale: {
                min: number;
                max: number;
            };
            n: number;
            statements: {
                key: string;
                competency: string | null;
                n: number;
                meanAbility: number | null;
                meanNeed: number | null;
                gap: number | null;
            }[];
            ranked: {
                key: string;
                competency: string | null;
                n: number;
                meanAbility: number | null;
                meanNeed: number | null;
                gap: number | null;
            }[];
        };
        QuestionSummaryInput: {
            /** @constant */
            type: "likert";
            key: string;
            scale: {
                min: number;
                max: number;
            };
            n: number;
            mean: number | null;
            distribution: {
                count: number;
                percent: number | null;
                value: number;
            }[];
        } | {
            /** @constant */
            type: "single";
            key: string;
            n: number;
            options: {
                count: number;
                percent: number | null;
                value: string;
            }[];
            hidden?: {
                options: number;
                count: number | null;
            };
        } | {
            /** @constant */
            type: "multiple";
            key: string;
            n: number;
            options: {
                count: number;
                percent: number | null;
                value: string;
            }[];
        } | {
            /** @constant */
            type: "number";
            key: string;
            n: number;
            mean: number | null;
            median: number | null;
            min: number | null;
            max: number | null;
        } | {
            /** @constant */
            type: "text";
            key: string;
            n: number;
        } | {
            /** @constant */
            type: "matrix";
            key: string;
            scale: {
                min: number;
                max: number;
            };
            n: number;
            statements: {
                key: string;
                n: number;
                mean: number | null;
                distribution: {
                    count: number;
                    percent: number | null;
                    value: number;
                }[];
            }[];
        } | {
            /** @constant */
            type: "abilityNeed";
            key: string;
            scale: {
                min: number;
                max: number;
            };
            n: number;
            statements: {
                key: string;
                competency: string | null;
                n: number;
                meanAbility: number | null;
                meanNeed: number | null;
                gap: number | null;
            }[];
            ranked: {
                key: string;
                competency: string | null;
                n: number;
                meanAbility: number | null;
                meanNeed: number | null;
                gap: number | null;
            }[];
        };
        Ranking: {
            items: {
                position: number;
                name: string | null;
                score: number;
                /** @enum {string} */
                state: "selected" | "waitlisted" | "notSelected";
                batch: string | null;
                mine: boolean;
            }[];
            total: number;
            page: number;
            pageSize: number;
        };
        RankingInput: {
            items: {
                position: number;
                name: string | null;
                score: number;
                /** @enum {string} */
                state: "selected" | "waitlisted" | "notSelected";
                batch: string | null;
                mine: boolean;
            }[];
            total: number;
            page: number;
            pageSize: number;
        };
        RecommendBody: {
            /** @enum {string} */
            recommendation: "keep" | "adjust" | "revise";
            reason: string;
        };
        RecommendBodyInput: {
            /** @enum {string} */
            recommendation: "keep" | "adjust" | "revise";
            reason: string;
        };
        RemindBody: {
            employeeIds?: number[];
        };
        RemindBodyInput: {
            employeeIds?: number[];
        };
        ReminderResult: {
            notified: number;
            emailed: number;
        };
        ReminderResultInput: {
            notified: number;
            emailed: number;
        };
        RemoveProvisionBody: {
            reason?: string;
            /** @default [] */
            evidence: components["schemas"]["EvidenceInput"][];
        };
        RemoveProvisionBodyInput: {
            reason?: string;
            /** @default [] */
            evidence: components["schemas"]["EvidenceInputInput"][];
        };
        RenameUnit: {
            name: string;
        };
        RenameUnitInput: {
            name: string;
        };
        ReportComparison: {
            confidence: number;
            minimumEffect: number;
            ikm: {
                before: number | null;
                after: number | null;
                change: number | null;
                low: number | null;
                high: number | null;
                verdict: ("up" | "down" | "steady" | "tooFew") | null;
                categoryBefore: {
                    /** @enum {string} */
                    mutu: "A" | "B" | "C" | "D";
                    /** @enum {string} */
                    kinerja: "sangatBaik" | "baik" | "kurangBaik" | "tidakBaik";
                } | null;
                categoryAfter: {
                    /** @enum {string} */
                    mutu: "A" | "B" | "C" | "D";
                    /** @enum {string} */
                    kinerja: "sangatBaik" | "baik" | "kurangBaik" | "tidakBaik";
                } | null;
            } | null;
            items: components["schemas"]["WaveComparison"][];
        };
        ReportComparisonInput: {
            confidence: number;
            minimumEffect: number;
            ikm: {
                before: number | null;
                after: number | null;
                change: number | null;
                low: number | null;
                high: number | null;
                verdict: ("up" | "down" | "steady" | "tooFew") | null;
                categoryBefore: {
                    /** @enum {string} */
                    mutu: "A" | "B" | "C" | "D";
                    /** @enum {string} */
                    kinerja: "sangatBaik" | "baik" | "kurangBaik" | "tidakBaik";
                } | null;
                categoryAfter: {
                    /** @enum {string} */
                    mutu: "A" | "B" | "C" | "D";
                    /** @enum {string} */
                    kinerja: "sangatBaik" | "baik" | "kurangBaik" | "tidakBaik";
                } | null;
            } | null;
            items: components["schemas"]["WaveComparisonInput"][];
        };
        Requirement: {
            competencyId: number;
            code: string;
            name: string;
            /** @enum {string} */
            type: "manajerial" | "sosialKultural" | "teknis";
            requiredLevel: number;
        };
        RequirementInput: {
            competencyId: number;
            code: string;
            name: string;
            /** @enum {string} */
            type: "manajerial" | "sosialKultural" | "teknis";
            requiredLevel: number;
        };
        RespondToCommentBody: {
            /** @enum {string} */
            response: "accepted" | "partial" | "rejected";
            reason: string;
        };
        RespondToCommentBodyInput: {
            /** @enum {string} */
            response: "accepted" | "partial" | "rejected";
            reason: string;
        };
        ResultsReach: {
            /** @enum {string} */
            kind: "whole" | "slice";
            units: string[];
            shown: boolean;
            reason: ("notFinal" | "empty" | "small") | null;
        };
        ResultsReachInput: {
            /** @enum {string} */
            kind: "whole" | "slice";
            units: string[];
            shown: boolean;
            reason: ("notFinal" | "empty" | "small") | null;
        };
        ResultsTrend: {
            measures: {
                key: string;
                /** @enum {string} */
                kind: "ikm" | "mean";
                question: string | null;
                statement: string | null;
                scale: {
                    min: number;
                    max: number;
                } | null;
            }[];
            waves: {
                id: number;
                number: number;
                label: string;
                final: boolean;
                current: boolean;
                shown: boolean;
                responses: number | null;
                values: {
                    [key: string]: number | null;
                };
                ikmCategory: {
                    /** @enum {string} */
                    mutu: "A" | "B" | "C" | "D";
                    /** @enum {string} */
                    kinerja: "sangatBaik" | "baik" | "kurangBaik" | "tidakBaik";
                } | null;
            }[];
            ikmConvention: components["schemas"]["IkmConvention"];
        };
        ResultsTrendInput: {
            measures: {
                key: string;
                /** @enum {string} */
                kind: "ikm" | "mean";
                question: string | null;
                statement: string | null;
                scale: {
                    min: number;
                    max: number;
                } | null;
            }[];
            waves: {
                id: number;
                number: number;
                label: string;
                final: boolean;
                current: boolean;
                shown: boolean;
                responses: number | null;
                values: {
                    [key: string]: number | null;
                };
                ikmCategory: {
                    /** @enum {string} */
                    mutu: "A" | "B" | "C" | "D";
                    /** @enum {string} */
                    kinerja: "sangatBaik" | "baik" | "kurangBaik" | "tidakBaik";
                } | null;
            }[];
            ikmConvention: components["schemas"]["IkmConventionInput"];
        };
        RetryEventDeliveryBody: {
            /** Format: uuid */
            eventId: string;
            subscriber: string;
        };
        RetryEventDeliveryBodyInput: {
            /** Format: uuid */
            eventId: string;
            subscriber: string;
        };
        RevisionProposalView: {
            id: number;
            triggerId: number | null;
            indicatorId: number | null;
            indicatorName: string;
            rule: components["schemas"]["TriggerRule"];
            /** Format: date-time */
            pointAt: string;
            pointLabel: string;
            value: number;
            previous: number | null;
            /** @enum {string} */
            state: "open" | "accepted" | "dismissed";
            note: string | null;
            evaluationId: number | null;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
        };
        RevisionProposalViewInput: {
            id: number;
            triggerId: number | null;
            indicatorId: number | null;
            indicatorName: string;
            rule: components["schemas"]["TriggerRuleInput"];
            /** Format: date-time */
            pointAt: string;
            pointLabel: string;
            value: number;
            previous: number | null;
            /** @enum {string} */
            state: "open" | "accepted" | "dismissed";
            note: string | null;
            evaluationId: number | null;
            /** Format: date-time */
            createdAt: string;
            decidedAt: string | null;
            decidedBy: string | null;
        };
        RevokeCertificateBody: {
            reason: string;
        };
        RevokeCertificateBodyInput: {
            reason: string;
        };
        Roster: {
            programId: number;
            batchId: number;
            name: string;
            days: string[];
            today: string;
            closedAt: string | null;
            participants: {
                applicationId: number;
                employee: {
                    id: number;
                    nip: string;
                    name: string;
                    unit: string | null;
                };
                attended: string[];
                finalScore: number | null;
                preTestScore: number | null;
                postTestScore: number | null;
                completion: ("completed" | "failed") | null;
                completionFailure: ("attendance" | "score" | "both") | null;
                certificateId: number | null;
                certificateRevoked: boolean;
            }[];
            editable: boolean;
        };
        RosterInput: {
            programId: number;
            batchId: number;
            name: string;
            days: string[];
            today: string;
            closedAt: string | null;
            participants: {
                applicationId: number;
                employee: {
                    id: number;
                    nip: string;
                    name: string;
                    unit: string | null;
                };
                attended: string[];
                finalScore: number | null;
                preTestScore: number | null;
                postTestScore: number | null;
                completion: ("completed" | "failed") | null;
                completionFailure: ("attendance" | "score" | "both") | null;
                certificateId: number | null;
                certificateRevoked: boolean;
            }[];
            editable: boolean;
        };
        Sanction: {
            id: number;
            employeeId: number;
            name: string;
            nip: string;
            /** @enum {string} */
            level: "ringan" | "sedang" | "berat";
            startsOn: string;
            endsOn: string | null;
            decree: string;
            note: string | null;
        };
        SanctionBody: {
            employeeId: number;
            /** @enum {string} */
            level: "ringan" | "sedang" | "berat";
            startsOn: string;
            /** @default null */
            endsOn: string | null;
            decree: string;
            /** @default null */
            note: string | null;
        };
        SanctionBodyInput: {
            employeeId: number;
            /** @enum {string} */
            level: "ringan" | "sedang" | "berat";
            startsOn: string;
            /** @default null */
            endsOn: string | null;
            decree: string;
            /** @default null */
            note: string | null;
        };
        SanctionEndBody: {
            endsOn: string;
        };
        SanctionEndBodyInput: {
            endsOn: string;
        };
        SanctionInput: {
            id: number;
            employeeId: number;
            name: string;
            nip: string;
            /** @enum {string} */
            level: "ringan" | "sedang" | "berat";
            startsOn: string;
            endsOn: string | null;
            decree: string;
            note: string | null;
        };
        SanctionList: {
            items: components["schemas"]["Sanction"][];
        };
        SanctionListInput: {
            items: components["schemas"]["SanctionInput"][];
        };
        Scale: {
            min: number;
            max: number;
            /** @default [] */
            labels: components["schemas"]["LocalizedLine"][];
        };
        ScaleInput: {
            min: number;
            max: number;
            /** @default [] */
            labels: components["schemas"]["LocalizedLineInput"][];
        };
        ScholarshipAwardBody: {
            applicationIds: number[];
            startsOn: string;
            expectedEndOn: string;
            /** @default null */
            fieldOfStudy: string | null;
        };
        ScholarshipAwardBodyInput: {
            applicationIds: number[];
            startsOn: string;
            expectedEndOn: string;
            /** @default null */
            fieldOfStudy: string | null;
        };
        ScholarshipAwardDetail: {
            id: number;
            programId: number;
            programTitle: string;
            employee: {
                id: number;
                nip: string;
                name: string;
                unit: string | null;
            };
            fieldOfStudy: string;
            institution: string;
            startsOn: string;
            expectedEndOn: string;
            /** @enum {string} */
            status: "studying" | "onLeave" | "graduated" | "failed" | "resigned" | "bondBroken";
            graduatedOn: string | null;
            returnedOn: string | null;
            bondEndsOn: string | null;
            reportsOverdue: number;
            /** @enum {string} */
            degree: "D3" | "D4" | "S1" | "S2" | "S3" | "profesi" | "spesialis";
            canManage: boolean;
            mine: boolean;
            placementUnit: string | null;
            placementPosition: string | null;
            bondMonths: number | null;
            bondRule: {
                factor: number;
                extraMonths: number;
            };
            nextStatuses: ("studying" | "onLeave" | "graduated" | "failed" | "resigned" | "bondBroken")[];
            history: {
                fromStatus: ("studying" | "onLeave" | "graduated" | "failed" | "resigned" | "bondBroken") | null;
                /** @enum {string} */
                toStatus: "studying" | "onLeave" | "graduated" | "failed" | "resigned" | "bondBroken";
                changedOn: string;
                reason: string | null;
                changedBy: string | null;
            }[];
            terms: {
                term: number;
                endsOn: string;
                report: {
                    id: number;
                    gpa: number | null;
                    credits: number | null;
                    summary: string;
                    fileName: string | null;
                    submittedAt: string;
                    review: ("accepted" | "revise") | null;
                    reviewNote: string | null;
                } | null;
                overdue: boolean;
            }[];
        };
        ScholarshipAwardDetailInput: {
            id: number;
            programId: number;
            programTitle: string;
            employee: {
                id: number;
                nip: string;
                name: string;
                unit: string | null;
            };
            fieldOfStudy: string;
            institution: string;
            startsOn: string;
            expectedEndOn: string;
            /** @enum {string} */
            status: "studying" | "onLeave" | "graduated" | "failed" | "resigned" | "bondBroken";
            graduatedOn: string | null;
            returnedOn: string | null;
            bondEndsOn: string | null;
            reportsOverdue: number;
            /** @enum {string} */
            degree: "D3" | "D4" | "S1" | "S2" | "S3" | "profesi" | "spesialis";
            canManage: boolean;
            mine: boolean;
            placementUnit: string | null;
            placementPosition: string | null;
            bondMonths: number | null;
            bondRule: {
                factor: number;
                extraMonths: number;
            };
            nextStatuses: ("studying" | "onLeave" | "graduated" | "failed" | "resigned" | "bondBroken")[];
            history: {
                fromStatus: ("studying" | "onLeave" | "graduated" | "failed" | "resigned" | "bondBroken") | null;
                /** @enum {string} */
                toStatus: "studying" | "onLeave" | "graduated" | "failed" | "resigned" | "bondBroken";
                changedOn: string;
                reason: string | null;
                changedBy: string | null;
            }[];
            terms: {
                term: number;
                endsOn: string;
                report: {
                    id: number;
                    gpa: number | null;
                    credits: number | null;
                    summary: string;
                    fileName: string | null;
                    submittedAt: string;
                    review: ("accepted" | "revise") | null;
                    reviewNote: string | null;
                } | null;
                overdue: boolean;
            }[];
        };
        ScholarshipAwardSummary: {
            id: number;
            programId: number;
            programTitle: string;
            employee: {
                id: number;
                nip: string;
                name: string;
                unit: string | null;
            };
            fieldOfStudy: string;
            institution: string;
            startsOn: string;
            expectedEndOn: string;
            /** @enum {string} */
            status: "studying" | "onLeave" | "graduated" | "failed" | "resigned" | "bondBroken";
            graduatedOn: string | null;
            returnedOn: string | null;
            bondEndsOn: string | null;
            reportsOverdue: number;
        };
        ScholarshipAwardSummaryInput: {
            id: number;
            programId: number;
            programTitle: string;
            employee: {
                id: number;
                nip: string;
                name: string;
                unit: string | null;
            };
            fieldOfStudy: string;
            institution: string;
            startsOn: string;
            expectedEndOn: string;
            /** @enum {string} */
            status: "studying" | "onLeave" | "graduated" | "failed" | "resigned" | "bondBroken";
            graduatedOn: string | null;
            returnedOn: string | null;
            bondEndsOn: string | null;
            reportsOverdue: number;
        };
        ScholarshipCall: {
            programId: number;
            /** @enum {string} */
            degree: "D3" | "D4" | "S1" | "S2" | "S3" | "profesi" | "spesialis";
            fields: string[];
            institution: string;
            partnerId: number | null;
            studyMonths: number;
            requirements: string | null;
            documents: ("ijazah" | "transkrip" | "rekomendasiAtasan" | "suratPernyataan" | "suratKesehatan" | "loa" | "proposalStudi" | "sertifikatBahasa")[];
            bondFactor: number;
            bondExtraMonths: number;
            reportMonths: number;
        };
        ScholarshipCallBody: {
            /** @enum {string} */
            degree: "D3" | "D4" | "S1" | "S2" | "S3" | "profesi" | "spesialis";
            fields: string[];
            institution: string;
            /** @default null */
            partnerId: number | null;
            studyMonths: number;
            /** @default null */
            requirements: string | null;
            /** @default [] */
            documents: ("ijazah" | "transkrip" | "rekomendasiAtasan" | "suratPernyataan" | "suratKesehatan" | "loa" | "proposalStudi" | "sertifikatBahasa")[];
            /** @default 2 */
            bondFactor: number;
            /** @default 0 */
            bondExtraMonths: number;
            /** @default 6 */
            reportMonths: number;
        };
        ScholarshipCallBodyInput: {
            /** @enum {string} */
            degree: "D3" | "D4" | "S1" | "S2" | "S3" | "profesi" | "spesialis";
            fields: string[];
            institution: string;
            /** @default null */
            partnerId: number | null;
            studyMonths: number;
            /** @default null */
            requirements: string | null;
            /** @default [] */
            documents: ("ijazah" | "transkrip" | "rekomendasiAtasan" | "suratPernyataan" | "suratKesehatan" | "loa" | "proposalStudi" | "sertifikatBahasa")[];
            /** @default 2 */
            bondFactor: number;
            /** @default 0 */
            bondExtraMonths: number;
            /** @default 6 */
            reportMonths: number;
        };
        ScholarshipCallInput: {
            programId: number;
            /** @enum {string} */
            degree: "D3" | "D4" | "S1" | "S2" | "S3" | "profesi" | "spesialis";
            fields: string[];
            institution: string;
            partnerId: number | null;
            studyMonths: number;
            requirements: string | null;
            documents: ("ijazah" | "transkrip" | "rekomendasiAtasan" | "suratPernyataan" | "suratKesehatan" | "loa" | "proposalStudi" | "sertifikatBahasa")[];
            bondFactor: number;
            bondExtraMonths: number;
            reportMonths: number;
        };
        ScholarshipDocument: {
            /** @enum {string} */
            kind: "ijazah" | "transkrip" | "rekomendasiAtasan" | "suratPernyataan" | "suratKesehatan" | "loa" | "proposalStudi" | "sertifikatBahasa";
            fileName: string;
            /** @enum {string} */
            fileType: "pdf" | "png" | "jpeg";
            size: number;
            uploadedAt: string;
        };
        ScholarshipDocumentInput: {
            /** @enum {string} */
            kind: "ijazah" | "transkrip" | "rekomendasiAtasan" | "suratPernyataan" | "suratKesehatan" | "loa" | "proposalStudi" | "sertifikatBahasa";
            fileName: string;
            /** @enum {string} */
            fileType: "pdf" | "png" | "jpeg";
            size: number;
            uploadedAt: string;
        };
        ScholarshipOverview: {
            call: components["schemas"]["ScholarshipCall"] | null;
            offered: boolean;
            canManage: boolean;
            myDocuments: components["schemas"]["ScholarshipDocument"][];
            applicants: {
                applicationId: number;
                employee: {
                    id: number;
                    nip: string;
                    name: string;
                    unit: string | null;
                };
                state: string;
                documents: components["schemas"]["ScholarshipDocument"][];
                awardId: number | null;
            }[];
            awards: components["schemas"]["ScholarshipAwardSummary"][];
        };
        ScholarshipOverviewInput: {
            call: components["schemas"]["ScholarshipCallInput"] | null;
            offered: boolean;
            canManage: boolean;
            myDocuments: components["schemas"]["ScholarshipDocumentInput"][];
            applicants: {
                applicationId: number;
                employee: {
                    id: number;
                    nip: string;
                    name: string;
                    unit: string | null;
                };
                state: string;
                documents: components["schemas"]["ScholarshipDocumentInput"][];
                awardId: number | null;
            }[];
            awards: components["schemas"]["ScholarshipAwardSummaryInput"][];
        };
        ScholarshipReturnBody: {
            returnedOn: string;
            placementUnitId: number;
            placementPosition: string;
        };
        ScholarshipReturnBodyInput: {
            returnedOn: string;
            placementUnitId: number;
            placementPosition: string;
        };
        ScholarshipReviewBody: {
            /** @enum {string} */
            review: "accepted" | "revise";
            /** @default null */
            note: string | null;
        };
        ScholarshipReviewBodyInput: {
            /** @enum {string} */
            review: "accepted" | "revise";
            /** @default null */
            note: string | null;
        };
        ScholarshipStatusBody: {
            /** @enum {string} */
            status: "studying" | "onLeave" | "graduated" | "failed" | "resigned" | "bondBroken";
            on: string;
            /** @default null */
            reason: string | null;
            /** @default null */
            expectedEndOn: string | null;
        };
        ScholarshipStatusBodyInput: {
            /** @enum {string} */
            status: "studying" | "onLeave" | "graduated" | "failed" | "resigned" | "bondBroken";
            on: string;
            /** @default null */
            reason: string | null;
            /** @default null */
            expectedEndOn: string | null;
        };
        ScoreWeights: {
            gap: number;
            jpShortfall: number;
            sinceLastDevelopment: number;
            recommendation: number;
        };
        ScoreWeightsInput: {
            gap: number;
            jpShortfall: number;
            sinceLastDevelopment: number;
            recommendation: number;
        };
        Section: {
            key: string;
            title: components["schemas"]["LocalizedLine"];
            description?: components["schemas"]["LocalizedText"];
            questions: components["schemas"]["Question"][];
        };
        SectionInput: {
            key: string;
            title: components["schemas"]["LocalizedLineInput"];
            description?: components["schemas"]["LocalizedTextInput"];
            questions: components["schemas"]["QuestionInput"][];
        };
        SelectionSummary: {
            applicants: number;
            selected: number;
            waitlisted: number;
            totalScore: number;
            seats: number;
            minimumsMet: {
                unitId: number;
                unit: string;
                selected: number;
            }[];
            reservedMet?: {
                batchId: number;
                group: string;
                reserved: number;
                filled: number;
            }[];
            computedAt: string;
            milliseconds: number;
        };
        SelectionSummaryInput: {
            applicants: number;
            selected: number;
            waitlisted: number;
            totalScore: number;
            seats: number;
            minimumsMet: {
                unitId: number;
                unit: string;
                selected: number;
            }[];
            reservedMet?: {
                batchId: number;
                group: string;
                reserved: number;
                filled: number;
            }[];
            computedAt: string;
            milliseconds: number;
        };
        Session: {
            user: components["schemas"]["Me"];
            csrfToken: string;
        };
        SessionInput: {
            user: components["schemas"]["MeInput"];
            csrfToken: string;
        };
        SkpAppraisalBody: {
            period: number;
            /** @enum {string} */
            hasilKerja: "above" | "meets" | "below";
            /** @enum {string} */
            perilakuKerja: "above" | "meets" | "below";
            /** @default null */
            followUp: string | null;
        };
        SkpAppraisalBodyInput: {
            period: number;
            /** @enum {string} */
            hasilKerja: "above" | "meets" | "below";
            /** @enum {string} */
            perilakuKerja: "above" | "meets" | "below";
            /** @default null */
            followUp: string | null;
        };
        SkpAppraiserBody: {
            appraiserEmployeeId: number;
        };
        SkpAppraiserBodyInput: {
            appraiserEmployeeId: number;
        };
        SkpCreateBody: {
            /** @default null */
            employeeId: number | null;
            /** @default null */
            appraiserEmployeeId: number | null;
        };
        SkpCreateBodyInput: {
            /** @default null */
            employeeId: number | null;
            /** @default null */
            appraiserEmployeeId: number | null;
        };
        SkpDetail: {
            id: number;
            cycle: {
                id: number;
                year: number;
                /** @enum {string} */
                state: "planning" | "running" | "appraisal" | "closed";
                /** @enum {string} */
                checkIns: "monthly" | "quarterly" | "semester";
            };
            /** @enum {string} */
            state: "draft" | "proposed" | "agreed";
            employee: {
                employeeId: number;
                name: string;
                nip: string;
                position: string | null;
                unit: string | null;
            };
            appraiser: {
                employeeId: number;
                name: string;
                nip: string;
                position: string | null;
                unit: string | null;
            };
            agreedAt: string | null;
            results: {
                id: number;
                text: string;
                indicator: string;
                target: string;
            }[];
            expectations: {
                id: number;
                text: string;
            }[];
            periods: {
                index: number;
                fromMonth: number;
                toMonth: number;
                feedback: {
                    id: number;
                    /** @enum {string} */
                    side: "employee" | "appraiser";
                    author: string;
                    body: string;
                    /** Format: date-time */
                    at: string;
                }[];
                appraisal: components["schemas"]["PerformanceAppraisal"] | null;
            }[];
            annual: components["schemas"]["PerformanceAppraisal"] | null;
            may: {
                editResults: boolean;
                editExpectations: boolean;
                propose: boolean;
                agree: boolean;
                changeAppraiser: boolean;
                feedback: boolean;
                appraise: boolean;
            };
        };
        SkpDetailInput: {
            id: number;
            cycle: {
                id: number;
                year: number;
                /** @enum {string} */
                state: "planning" | "running" | "appraisal" | "closed";
                /** @enum {string} */
                checkIns: "monthly" | "quarterly" | "semester";
            };
            /** @enum {string} */
            state: "draft" | "proposed" | "agreed";
            employee: {
                employeeId: number;
                name: string;
                nip: string;
                position: string | null;
                unit: string | null;
            };
            appraiser: {
                employeeId: number;
                name: string;
                nip: string;
                position: string | null;
                unit: string | null;
            };
            agreedAt: string | null;
            results: {
                id: number;
                text: string;
                indicator: string;
                target: string;
            }[];
            expectations: {
                id: number;
                text: string;
            }[];
            periods: {
                index: number;
                fromMonth: number;
                toMonth: number;
                feedback: {
                    id: number;
                    /** @enum {string} */
                    side: "employee" | "appraiser";
                    author: string;
                    body: string;
                    /** Format: date-time */
                    at: string;
                }[];
                appraisal: components["schemas"]["PerformanceAppraisalInput"] | null;
            }[];
            annual: components["schemas"]["PerformanceAppraisalInput"] | null;
            may: {
                editResults: boolean;
                editExpectations: boolean;
                propose: boolean;
                agree: boolean;
                changeAppraiser: boolean;
                feedback: boolean;
                appraise: boolean;
            };
        };
        SkpExpectationsBody: {
            expectations: {
                text: string;
            }[];
        };
        SkpExpectationsBodyInput: {
            expectations: {
                text: string;
            }[];
        };
        SkpFeedbackBody: {
            period: number;
            body: string;
        };
        SkpFeedbackBodyInput: {
            period: number;
            body: string;
        };
        SkpList: {
            items: components["schemas"]["SkpSummary"][];
            total: number;
        };
        SkpListInput: {
            items: components["schemas"]["SkpSummaryInput"][];
            total: number;
        };
        SkpResultsBody: {
            results: {
                text: string;
                indicator: string;
                target: string;
            }[];
        };
        SkpResultsBodyInput: {
            results: {
                text: string;
                indicator: string;
                target: string;
            }[];
        };
        SkpReturnBody: {
            reason: string;
        };
        SkpReturnBodyInput: {
            reason: string;
        };
        SkpSummary: {
            id: number;
            year: number;
            /** @enum {string} */
            cycleState: "planning" | "running" | "appraisal" | "closed";
            /** @enum {string} */
            state: "draft" | "proposed" | "agreed";
            employee: {
                employeeId: number;
                name: string;
                nip: string;
                position: string | null;
                unit: string | null;
            };
            appraiserName: string;
            predikat: ("sangat_baik" | "baik" | "butuh_perbaikan" | "kurang" | "sangat_kurang") | null;
        };
        SkpSummaryInput: {
            id: number;
            year: number;
            /** @enum {string} */
            cycleState: "planning" | "running" | "appraisal" | "closed";
            /** @enum {string} */
            state: "draft" | "proposed" | "agreed";
            employee: {
                employeeId: number;
                name: string;
                nip: string;
                position: string | null;
                unit: string | null;
            };
            appraiserName: string;
            predikat: ("sangat_baik" | "baik" | "butuh_perbaikan" | "kurang" | "sangat_kurang") | null;
        };
        StandardCopied: {
            positions: number;
            requirements: number;
        };
        StandardCopiedInput: {
            positions: number;
            requirements: number;
        };
        SubmitAnonymousBody: {
            token: string;
            answers: {
                [key: string]: unknown;
            };
        };
        SubmitAnonymousBodyInput: {
            token: string;
            answers: {
                [key: string]: unknown;
            };
        };
        SubmitPublicBody: {
            answers: {
                [key: string]: unknown;
            };
            website?: string;
        };
        SubmitPublicBodyInput: {
            answers: {
                [key: string]: unknown;
            };
            website?: string;
        };
        SubmitResponseBody: {
            answers: {
                [key: string]: unknown;
            };
        };
        SubmitResponseBodyInput: {
            answers: {
                [key: string]: unknown;
            };
        };
        Submitted: {
            /** @constant */
            accepted: true;
        };
        SubmittedInput: {
            /** @constant */
            accepted: true;
        };
        Succession: {
            position: components["schemas"]["KeyPosition"];
            year: number | null;
            successors: components["schemas"]["SuccessionCandidate"][];
            candidates: components["schemas"]["SuccessionCandidate"][];
            canManage: boolean;
        };
        SuccessionCandidate: {
            employeeId: number;
            name: string;
            nip: string;
            golongan: string | null;
            unit: string | null;
            position: string | null;
            year: number | null;
            box: number | null;
            performanceScore: number;
            potentialScore: number;
            jpm: number | null;
            readiness: ("now" | "soon" | "later") | null;
            note: string | null;
        };
        SuccessionCandidateInput: {
            employeeId: number;
            name: string;
            nip: string;
            golongan: string | null;
            unit: string | null;
            position: string | null;
            year: number | null;
            box: number | null;
            performanceScore: number;
            potentialScore: number;
            jpm: number | null;
            readiness: ("now" | "soon" | "later") | null;
            note: string | null;
        };
        SuccessionInput: {
            position: components["schemas"]["KeyPositionInput"];
            year: number | null;
            successors: components["schemas"]["SuccessionCandidateInput"][];
            candidates: components["schemas"]["SuccessionCandidateInput"][];
            canManage: boolean;
        };
        SuccessorBody: {
            employeeId: number;
            /** @enum {string} */
            readiness: "now" | "soon" | "later";
            note?: string;
        };
        SuccessorBodyInput: {
            employeeId: number;
            /** @enum {string} */
            readiness: "now" | "soon" | "later";
            note?: string;
        };
        SurveyDetail: {
            id: number;
            title: string;
            /** @enum {string} */
            mode: "identified" | "anonymous" | "public";
            kind: string;
            instrumentTitle: string;
            serviceName: string | null;
            waveCount: number;
            latestWave: components["schemas"]["WaveSummary"] | null;
            archivedAt: string | null;
            instrumentId: number;
            audience: components["schemas"]["Audience"] | null;
            serviceUnit: {
                id: number;
                name: string;
            } | null;
            publicPath: string | null;
            publicUrl: string | null;
            publicUrlConfigured: boolean;
            minGroupSize: number;
            canManage: boolean;
            waves: components["schemas"]["WaveSummary"][];
        };
        SurveyDetailInput: {
            id: number;
            title: string;
            /** @enum {string} */
            mode: "identified" | "anonymous" | "public";
            kind: string;
            instrumentTitle: string;
            serviceName: string | null;
            waveCount: number;
            latestWave: components["schemas"]["WaveSummaryInput"] | null;
            archivedAt: string | null;
            instrumentId: number;
            audience: components["schemas"]["AudienceInput"] | null;
            serviceUnit: {
                id: number;
                name: string;
            } | null;
            publicPath: string | null;
            publicUrl: string | null;
            publicUrlConfigured: boolean;
            minGroupSize: number;
            canManage: boolean;
            waves: components["schemas"]["WaveSummaryInput"][];
        };
        SurveyList: {
            items: components["schemas"]["SurveySummary"][];
        };
        SurveyListInput: {
            items: components["schemas"]["SurveySummaryInput"][];
        };
        SurveySummary: {
            id: number;
            title: string;
            /** @enum {string} */
            mode: "identified" | "anonymous" | "public";
            kind: string;
            instrumentTitle: string;
            serviceName: string | null;
            waveCount: number;
            latestWave: components["schemas"]["WaveSummary"] | null;
            archivedAt: string | null;
        };
        SurveySummaryInput: {
            id: number;
            title: string;
            /** @enum {string} */
            mode: "identified" | "anonymous" | "public";
            kind: string;
            instrumentTitle: string;
            serviceName: string | null;
            waveCount: number;
            latestWave: components["schemas"]["WaveSummaryInput"] | null;
            archivedAt: string | null;
        };
        SurveyTemplateList: {
            items: {
                key: string;
                kind: string;
                title: components["schemas"]["LocalizedText"];
                description: components["schemas"]["LocalizedText"] | null;
                questionCount: number;
            }[];
        };
        SurveyTemplateListInput: {
            items: {
                key: string;
                kind: string;
                title: components["schemas"]["LocalizedTextInput"];
                description: components["schemas"]["LocalizedTextInput"] | null;
                questionCount: number;
            }[];
        };
        TalentCell: {
            box: number;
            label: string | null;
            recommendation: ("talentPool" | "develop" | "rotate" | "performanceFollowUp") | null;
            /** @enum {string} */
            performanceBand: "below" | "meets" | "above";
            /** @enum {string} */
            potentialBand: "low" | "middle" | "high";
            count: number;
        };
        TalentCellInput: {
            box: number;
            label: string | null;
            recommendation: ("talentPool" | "develop" | "rotate" | "performanceFollowUp") | null;
            /** @enum {string} */
            performanceBand: "below" | "meets" | "above";
            /** @enum {string} */
            potentialBand: "low" | "middle" | "high";
            count: number;
        };
        TalentComponent: {
            key: string;
            label: string;
            maxPoints: number;
            /** @enum {string} */
            kind: "bonus" | "penalty";
        };
        TalentComponentInput: {
            key: string;
            label: string;
            maxPoints: number;
            /** @enum {string} */
            kind: "bonus" | "penalty";
        };
        TalentInputs: {
            predikat: ("sangat_baik" | "baik" | "butuh_perbaikan" | "kurang" | "sangat_kurang") | null;
            jpm: number | null;
            jpmCategory: ("memenuhi" | "masihMemenuhi" | "kurangMemenuhi") | null;
            educationLevel: ("SD" | "SMP" | "SLTA" | "D1" | "D2" | "D3" | "D4" | "S1" | "S2" | "S3") | null;
            serviceYears: number;
            completedPrograms: number;
        };
        TalentInputsInput: {
            predikat: ("sangat_baik" | "baik" | "butuh_perbaikan" | "kurang" | "sangat_kurang") | null;
            jpm: number | null;
            jpmCategory: ("memenuhi" | "masihMemenuhi" | "kurangMemenuhi") | null;
            educationLevel: ("SD" | "SMP" | "SLTA" | "D1" | "D2" | "D3" | "D4" | "S1" | "S2" | "S3") | null;
            serviceYears: number;
            completedPrograms: number;
        };
        TalentOverview: {
            years: components["schemas"]["TalentYearSummary"][];
            canPlace: boolean;
            seesOthers: boolean;
            current: components["schemas"]["PromotionRulesSource"];
            settings: components["schemas"]["TalentSettings"];
            placeable: number[];
        };
        TalentOverviewInput: {
            years: components["schemas"]["TalentYearSummaryInput"][];
            canPlace: boolean;
            seesOthers: boolean;
            current: components["schemas"]["PromotionRulesSourceInput"];
            settings: components["schemas"]["TalentSettingsInput"];
            placeable: number[];
        };
        TalentPlaceJob: {
            /** Format: uuid */
            jobId: string;
        };
        TalentPlaceJobInput: {
            /** Format: uuid */
            jobId: string;
        };
        TalentPlacement: {
            year: number;
            person: {
                employeeId: number;
                name: string;
                nip: string;
                golongan: string | null;
                unit: string | null;
                position: string | null;
            };
            box: number | null;
            label: string | null;
            recommendation: ("talentPool" | "develop" | "rotate" | "performanceFollowUp") | null;
            performance: {
                score: number;
                band: ("below" | "meets" | "above") | null;
                lines: components["schemas"]["TalentScoreLine"][];
            };
            potential: {
                score: number;
                band: ("low" | "middle" | "high") | null;
                lines: components["schemas"]["TalentScoreLine"][];
            };
            reasons: ("talent.noPredikat" | "talent.noJpm")[];
            inputs: components["schemas"]["TalentInputs"];
            settings: components["schemas"]["TalentSettings"];
            /** Format: date-time */
            placedAt: string;
        };
        TalentPlacementInput: {
            year: number;
            person: {
                employeeId: number;
                name: string;
                nip: string;
                golongan: string | null;
                unit: string | null;
                position: string | null;
            };
            box: number | null;
            label: string | null;
            recommendation: ("talentPool" | "develop" | "rotate" | "performanceFollowUp") | null;
            performance: {
                score: number;
                band: ("below" | "meets" | "above") | null;
                lines: components["schemas"]["TalentScoreLineInput"][];
            };
            potential: {
                score: number;
                band: ("low" | "middle" | "high") | null;
                lines: components["schemas"]["TalentScoreLineInput"][];
            };
            reasons: ("talent.noPredikat" | "talent.noJpm")[];
            inputs: components["schemas"]["TalentInputsInput"];
            settings: components["schemas"]["TalentSettingsInput"];
            /** Format: date-time */
            placedAt: string;
        };
        TalentPlacementList: {
            items: components["schemas"]["TalentPlacementRow"][];
            total: number;
            page: number;
            pageSize: number;
        };
        TalentPlacementListInput: {
            items: components["schemas"]["TalentPlacementRowInput"][];
            total: number;
            page: number;
            pageSize: number;
        };
        TalentPlacementRow: {
            employeeId: number;
            name: string;
            nip: string;
            golongan: string | null;
            unit: string | null;
            position: string | null;
            box: number | null;
            label: string | null;
            recommendation: ("talentPool" | "develop" | "rotate" | "performanceFollowUp") | null;
            performanceScore: number;
            potentialScore: number;
            performanceBand: ("below" | "meets" | "above") | null;
            potentialBand: ("low" | "middle" | "high") | null;
            reasons: ("talent.noPredikat" | "talent.noJpm")[];
        };
        TalentPlacementRowInput: {
            employeeId: number;
            name: string;
            nip: string;
            golongan: string | null;
            unit: string | null;
            position: string | null;
            box: number | null;
            label: string | null;
            recommendation: ("talentPool" | "develop" | "rotate" | "performanceFollowUp") | null;
            performanceScore: number;
            potentialScore: number;
            performanceBand: ("below" | "meets" | "above") | null;
            potentialBand: ("low" | "middle" | "high") | null;
            reasons: ("talent.noPredikat" | "talent.noJpm")[];
        };
        TalentScoreLine: {
            /** @enum {string} */
            key: "predikat" | "jpm" | "qualification" | "serviceYears" | "training" | "component";
            component: string | null;
            /** @enum {string} */
            code: "talent.line.predikat" | "talent.line.predikatMissing" | "talent.line.component" | "talent.line.jpm" | "talent.line.jpmMissing" | "talent.line.qualification" | "talent.line.qualificationOther" | "talent.line.qualificationUnknown" | "talent.line.serviceYears" | "talent.line.training";
            points: number;
            params: {
                [key: string]: string | number;
            };
        };
        TalentScoreLineInput: {
            /** @enum {string} */
            key: "predikat" | "jpm" | "qualification" | "serviceYears" | "training" | "component";
            component: string | null;
            /** @enum {string} */
            code: "talent.line.predikat" | "talent.line.predikatMissing" | "talent.line.component" | "talent.line.jpm" | "talent.line.jpmMissing" | "talent.line.qualification" | "talent.line.qualificationOther" | "talent.line.qualificationUnknown" | "talent.line.serviceYears" | "talent.line.training";
            points: number;
            params: {
                [key: string]: string | number;
            };
        };
        TalentScores: {
            year: number;
            person: {
                employeeId: number;
                name: string;
                nip: string;
                golongan: string | null;
                unit: string | null;
                position: string | null;
            };
            performance: {
                [key: string]: number;
            };
            potential: {
                [key: string]: number;
            };
            note: string | null;
            settings: components["schemas"]["TalentSettings"];
            placement: components["schemas"]["TalentPlacement"] | null;
        };
        TalentScoresBody: {
            performance: {
                [key: string]: number;
            };
            potential: {
                [key: string]: number;
            };
            note?: string;
        };
        TalentScoresBodyInput: {
            performance: {
                [key: string]: number;
            };
            potential: {
                [key: string]: number;
            };
            note?: string;
        };
        TalentScoresInput: {
            year: number;
            person: {
                employeeId: number;
                name: string;
                nip: string;
                golongan: string | null;
                unit: string | null;
                position: string | null;
            };
            performance: {
                [key: string]: number;
            };
            potential: {
                [key: string]: number;
            };
            note: string | null;
            settings: components["schemas"]["TalentSettingsInput"];
            placement: components["schemas"]["TalentPlacementInput"] | null;
        };
        TalentSettings: {
            performance: {
                predikatPoints: {
                    [key: string]: number;
                };
                components: components["schemas"]["TalentComponent"][];
                cutoffs: [
                    number,
                    number
                ];
            };
            potential: {
                jpmPoints: {
                    [key: string]: number;
                };
                qualificationPoints: {
                    [key: string]: number;
                };
                otherQualificationPoints: number;
                serviceYears: {
                    pointsPerYear: number;
                    cap: number;
                };
                training: {
                    pointsPerProgram: number;
                    cap: number;
                    windowYears: number;
                };
                components: components["schemas"]["TalentComponent"][];
                cutoffs: [
                    number,
                    number
                ];
            };
            boxNumbers: [
                [
                    number,
                    number,
                    number
                ],
                [
                    number,
                    number,
                    number
                ],
                [
                    number,
                    number,
                    number
                ]
            ];
            boxLabels: {
                [key: string]: string;
            };
            recommendations: {
                [key: string]: "talentPool" | "develop" | "rotate" | "performanceFollowUp";
            };
            visibleTo: ("pimpinan" | "atasan" | "auditor")[];
        };
        TalentSettingsBody: {
            settings: components["schemas"]["TalentSettings"];
        };
        TalentSettingsBodyInput: {
            settings: components["schemas"]["TalentSettingsInput"];
        };
        TalentSettingsEffect: {
            year: number;
            /** @enum {string} */
            basis: "placements" | "current";
            current: components["schemas"]["PromotionRulesSource"];
            considered: number;
            before: {
                boxes: {
                    [key: string]: number;
                };
                unplaced: number;
            };
            after: {
                boxes: {
                    [key: string]: number;
                };
                unplaced: number;
            };
            moved: number;
            moves: {
                from: number | null;
                to: number | null;
                count: number;
            }[];
            people: {
                employeeId: number;
                name: string;
                nip: string;
                golongan: string | null;
                unit: string | null;
                position: string | null;
                from: number | null;
                to: number | null;
            }[] | null;
        };
        TalentSettingsEffectInput: {
            year: number;
            /** @enum {string} */
            basis: "placements" | "current";
            current: components["schemas"]["PromotionRulesSourceInput"];
            considered: number;
            before: {
                boxes: {
                    [key: string]: number;
                };
                unplaced: number;
            };
            after: {
                boxes: {
                    [key: string]: number;
                };
                unplaced: number;
            };
            moved: number;
            moves: {
                from: number | null;
                to: number | null;
                count: number;
            }[];
            people: {
                employeeId: number;
                name: string;
                nip: string;
                golongan: string | null;
                unit: string | null;
                position: string | null;
                from: number | null;
                to: number | null;
            }[] | null;
        };
        TalentSettingsInput: {
            performance: {
                predikatPoints: {
                    [key: string]: number;
                };
                components: components["schemas"]["TalentComponentInput"][];
                cutoffs: [
                    number,
                    number
                ];
            };
            potential: {
                jpmPoints: {
                    [key: string]: number;
                };
                qualificationPoints: {
                    [key: string]: number;
                };
                otherQualificationPoints: number;
                serviceYears: {
                    pointsPerYear: number;
                    cap: number;
                };
                training: {
                    pointsPerProgram: number;
                    cap: number;
                    windowYears: number;
                };
                components: components["schemas"]["TalentComponentInput"][];
                cutoffs: [
                    number,
                    number
                ];
            };
            boxNumbers: [
                [
                    number,
                    number,
                    number
                ],
                [
                    number,
                    number,
                    number
                ],
                [
                    number,
                    number,
                    number
                ]
            ];
            boxLabels: {
                [key: string]: string;
            };
            recommendations: {
                [key: string]: "talentPool" | "develop" | "rotate" | "performanceFollowUp";
            };
            visibleTo: ("pimpinan" | "atasan" | "auditor")[];
        };
        TalentYear: {
            year: number;
            /** Format: date-time */
            placedAt: string;
            source: components["schemas"]["PromotionRulesSource"];
            settings: components["schemas"]["TalentSettings"];
            considered: number;
            cells: components["schemas"]["TalentCell"][];
            unplaced: {
                total: number;
                noPredikat: number;
                noJpm: number;
            };
        };
        TalentYearInput: {
            year: number;
            /** Format: date-time */
            placedAt: string;
            source: components["schemas"]["PromotionRulesSourceInput"];
            settings: components["schemas"]["TalentSettingsInput"];
            considered: number;
            cells: components["schemas"]["TalentCellInput"][];
            unplaced: {
                total: number;
                noPredikat: number;
                noJpm: number;
            };
        };
        TalentYearSummary: {
            year: number;
            /** Format: date-time */
            placedAt: string;
            considered: number;
            placed: number;
            source: components["schemas"]["PromotionRulesSource"];
        };
        TalentYearSummaryInput: {
            year: number;
            /** Format: date-time */
            placedAt: string;
            considered: number;
            placed: number;
            source: components["schemas"]["PromotionRulesSourceInput"];
        };
        TeachingBatch: {
            programId: number;
            programTitle: string;
            batchId: number;
            batchName: string;
            startsOn: string;
            endsOn: string;
            venue: string | null;
            topic: string | null;
            participants: number;
            closed: boolean;
        };
        TeachingBatchInput: {
            programId: number;
            programTitle: string;
            batchId: number;
            batchName: string;
            startsOn: string;
            endsOn: string;
            venue: string | null;
            topic: string | null;
            participants: number;
            closed: boolean;
        };
        TeachingList: {
            items: components["schemas"]["TeachingBatch"][];
        };
        TeachingListInput: {
            items: components["schemas"]["TeachingBatchInput"][];
        };
        TechnicalCompetencyBody: {
            code: string;
            name: string;
            /** @default null */
            definition: string | null;
            /** @default [] */
            levels: {
                level: number;
                descriptor: string;
                /** @default [] */
                indicators: string[];
            }[];
        };
        TechnicalCompetencyBodyInput: {
            code: string;
            name: string;
            /** @default null */
            definition: string | null;
            /** @default [] */
            levels: {
                level: number;
                descriptor: string;
                /** @default [] */
                indicators: string[];
            }[];
        };
        TenantSettings: {
            name: string;
            code: string;
            /** @enum {string} */
            kind: "provinsi" | "kabupaten" | "kota";
            /** @enum {string} */
            timeZone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
            ikmConvention: components["schemas"]["IkmConvention"];
            jpmThresholds: components["schemas"]["JpmThresholds"];
            jp: components["schemas"]["JpSettings"];
            letterhead: components["schemas"]["Letterhead"];
        };
        TenantSettingsInput: {
            name: string;
            code: string;
            /** @enum {string} */
            kind: "provinsi" | "kabupaten" | "kota";
            /** @enum {string} */
            timeZone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
            ikmConvention: components["schemas"]["IkmConventionInput"];
            jpmThresholds: components["schemas"]["JpmThresholdsInput"];
            jp: components["schemas"]["JpSettingsInput"];
            letterhead: components["schemas"]["LetterheadInput"];
        };
        Trainer: {
            id: number;
            batchId: number;
            name: string;
            topic: string | null;
            account: components["schemas"]["PartnerAccount"] | null;
            partner: {
                id: number;
                name: string;
            } | null;
        };
        TrainerBody: {
            name: string;
            /** @default null */
            topic: string | null;
            /** @default null */
            accountId: number | null;
            /** @default null */
            partnerId: number | null;
        };
        TrainerBodyInput: {
            name: string;
            /** @default null */
            topic: string | null;
            /** @default null */
            accountId: number | null;
            /** @default null */
            partnerId: number | null;
        };
        TrainerInput: {
            id: number;
            batchId: number;
            name: string;
            topic: string | null;
            account: components["schemas"]["PartnerAccountInput"] | null;
            partner: {
                id: number;
                name: string;
            } | null;
        };
        TrainerList: {
            items: components["schemas"]["Trainer"][];
        };
        TrainerListInput: {
            items: components["schemas"]["TrainerInput"][];
        };
        TriggerList: {
            triggers: components["schemas"]["TriggerView"][];
            proposals: components["schemas"]["RevisionProposalView"][];
        };
        TriggerListInput: {
            triggers: components["schemas"]["TriggerViewInput"][];
            proposals: components["schemas"]["RevisionProposalViewInput"][];
        };
        TriggerRule: {
            /** @constant */
            kind: "below";
            threshold: number;
        } | {
            /** @constant */
            kind: "above";
            threshold: number;
        } | {
            /** @constant */
            kind: "missesTarget";
        } | {
            /** @constant */
            kind: "fallsBy";
            amount: number;
        };
        TriggerRuleInput: {
            /** @constant */
            kind: "below";
            threshold: number;
        } | {
            /** @constant */
            kind: "above";
            threshold: number;
        } | {
            /** @constant */
            kind: "missesTarget";
        } | {
            /** @constant */
            kind: "fallsBy";
            amount: number;
        };
        TriggerView: {
            id: number;
            indicatorId: number;
            indicatorName: string;
            rule: components["schemas"]["TriggerRule"];
            /** Format: date-time */
            createdAt: string;
        };
        TriggerViewInput: {
            id: number;
            indicatorId: number;
            indicatorName: string;
            rule: components["schemas"]["TriggerRuleInput"];
            /** Format: date-time */
            createdAt: string;
        };
        Unit: {
            id: number;
            parentId: number | null;
            name: string;
            kind: string;
            path: number[];
            closedOn: string | null;
        };
        UnitClosed: {
            unit: components["schemas"]["Unit"];
            closedUnits: number;
            movedEmployees: number;
        };
        UnitClosedInput: {
            unit: components["schemas"]["UnitInput"];
            closedUnits: number;
            movedEmployees: number;
        };
        UnitInput: {
            id: number;
            parentId: number | null;
            name: string;
            kind: string;
            path: number[];
            closedOn: string | null;
        };
        UnitList: {
            items: {
                id: number;
                parentId: number | null;
                name: string;
                kind: string;
                employeeCount: number | null;
                closedOn: string | null;
            }[];
        };
        UnitListInput: {
            items: {
                id: number;
                parentId: number | null;
                name: string;
                kind: string;
                employeeCount: number | null;
                closedOn: string | null;
            }[];
        };
        UpdateAccountBody: {
            displayName?: string;
            /** @enum {string} */
            role?: "admin" | "pimpinan" | "atasan" | "pegawai" | "mitra" | "auditor" | "nasional";
            scopeUnitId?: number | null;
            employeeId?: number | null;
            email?: string | null;
        };
        UpdateAccountBodyInput: {
            displayName?: string;
            /** @enum {string} */
            role?: "admin" | "pimpinan" | "atasan" | "pegawai" | "mitra" | "auditor" | "nasional";
            scopeUnitId?: number | null;
            employeeId?: number | null;
            email?: string | null;
        };
        UpdateIdpBody: {
            note: string | null;
            items: components["schemas"]["IdpItemBody"][];
        };
        UpdateIdpBodyInput: {
            note: string | null;
            items: components["schemas"]["IdpItemBodyInput"][];
        };
        UpdateInstrumentBody: {
            definition: components["schemas"]["InstrumentDefinition"];
        };
        UpdateInstrumentBodyInput: {
            definition: components["schemas"]["InstrumentDefinitionInput"];
        };
        UpdatePlanBody: {
            budget?: number | null;
            note?: string | null;
            policyId?: number | null;
        };
        UpdatePlanBodyInput: {
            budget?: number | null;
            note?: string | null;
            policyId?: number | null;
        };
        UpdatePolicyBody: {
            title?: string;
            /** @enum {string} */
            area?: "karier" | "kompetensi" | "sdm" | "kepegawaian";
            purpose?: string;
            principles?: string[];
            legalBasis?: string[];
            ownerUnitId?: number | null;
            surveyIds?: number[];
            evaluationMonths?: number;
        };
        UpdatePolicyBodyInput: {
            title?: string;
            /** @enum {string} */
            area?: "karier" | "kompetensi" | "sdm" | "kepegawaian";
            purpose?: string;
            principles?: string[];
            legalBasis?: string[];
            ownerUnitId?: number | null;
            surveyIds?: number[];
            evaluationMonths?: number;
        };
        UpdateProvisionBody: {
            label?: string;
            heading?: string | null;
            body?: string;
            move?: {
                parentId: number | null;
                afterId: number | null;
            };
            reason?: string;
            /** @default [] */
            evidence: components["schemas"]["EvidenceInput"][];
        };
        UpdateProvisionBodyInput: {
            label?: string;
            heading?: string | null;
            body?: string;
            move?: {
                parentId: number | null;
                afterId: number | null;
            };
            reason?: string;
            /** @default [] */
            evidence: components["schemas"]["EvidenceInputInput"][];
        };
        UpdateTenantSettingsBody: {
            /** @enum {string} */
            timeZone?: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
            ikmConvention?: components["schemas"]["IkmConvention"];
            jpmThresholds?: components["schemas"]["JpmThresholds"];
            jp?: components["schemas"]["JpSettings"];
            letterhead?: components["schemas"]["LetterheadBody"];
        };
        UpdateTenantSettingsBodyInput: {
            /** @enum {string} */
            timeZone?: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
            ikmConvention?: components["schemas"]["IkmConventionInput"];
            jpmThresholds?: components["schemas"]["JpmThresholdsInput"];
            jp?: components["schemas"]["JpSettingsInput"];
            letterhead?: components["schemas"]["LetterheadBodyInput"];
        };
        VersionPromotionRules: {
            rules: components["schemas"]["PromotionRules"] | null;
            inheritedFrom: number | null;
            editable: boolean;
            defaults: components["schemas"]["PromotionRules"];
        };
        VersionPromotionRulesInput: {
            rules: components["schemas"]["PromotionRulesInput"] | null;
            inheritedFrom: number | null;
            editable: boolean;
            defaults: components["schemas"]["PromotionRulesInput"];
        };
        VersionTalentSettings: {
            settings: components["schemas"]["TalentSettings"] | null;
            inheritedFrom: number | null;
            editable: boolean;
            defaults: components["schemas"]["TalentSettings"];
        };
        VersionTalentSettingsInput: {
            settings: components["schemas"]["TalentSettingsInput"] | null;
            inheritedFrom: number | null;
            editable: boolean;
            defaults: components["schemas"]["TalentSettingsInput"];
        };
        VisibleResults: {
            items: {
                waveId: number;
                surveyId: number;
                title: string;
                label: string;
                /** @enum {string} */
                mode: "identified" | "anonymous" | "public";
                kind: string;
                final: boolean;
                closesAt: string;
                /** @enum {string} */
                reach: "whole" | "slice";
                responses: number;
                ikm: number | null;
            }[];
            convention: components["schemas"]["IkmConvention"];
        };
        VisibleResultsInput: {
            items: {
                waveId: number;
                surveyId: number;
                title: string;
                label: string;
                /** @enum {string} */
                mode: "identified" | "anonymous" | "public";
                kind: string;
                final: boolean;
                closesAt: string;
                /** @enum {string} */
                reach: "whole" | "slice";
                responses: number;
                ikm: number | null;
            }[];
            convention: components["schemas"]["IkmConventionInput"];
        };
        WaveComparison: {
            /** @enum {string} */
            type: "likert" | "number";
            key: string;
            mean: {
                before: number | null;
                after: number | null;
                change: number | null;
                low: number | null;
                high: number | null;
                verdict: ("up" | "down" | "steady" | "tooFew") | null;
            };
        } | {
            /** @enum {string} */
            type: "single" | "multiple";
            key: string;
            options: {
                before: number | null;
                after: number | null;
                change: number | null;
                low: number | null;
                high: number | null;
                verdict: ("up" | "down" | "steady" | "tooFew") | null;
                value: string;
            }[];
        } | {
            /** @enum {string} */
            type: "matrix" | "abilityNeed";
            key: string;
            statements: {
                before: number | null;
                after: number | null;
                change: number | null;
                low: number | null;
                high: number | null;
                verdict: ("up" | "down" | "steady" | "tooFew") | null;
                key: string;
            }[];
        };
        WaveComparisonInput: {
            /** @enum {string} */
            type: "likert" | "number";
            key: string;
            mean: {
                before: number | null;
                after: number | null;
                change: number | null;
                low: number | null;
                high: number | null;
                verdict: ("up" | "down" | "steady" | "tooFew") | null;
            };
        } | {
            /** @enum {string} */
            type: "single" | "multiple";
            key: string;
            options: {
                before: number | null;
                after: number | null;
                change: number | null;
                low: number | null;
                high: number | null;
                verdict: ("up" | "down" | "steady" | "tooFew") | null;
                value: string;
            }[];
        } | {
            /** @enum {string} */
            type: "matrix" | "abilityNeed";
            key: string;
            statements: {
                before: number | null;
                after: number | null;
                change: number | null;
                low: number | null;
                high: number | null;
                verdict: ("up" | "down" | "steady" | "tooFew") | null;
                key: string;
            }[];
        };
        WaveForm: {
            waveId: number;
            title: string;
            label: string;
            /** @enum {string} */
            mode: "identified" | "anonymous" | "public";
            serviceName: string | null;
            tenantName: string;
            /** @enum {string} */
            timeZone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
            /** @enum {string} */
            state: "scheduled" | "open" | "closed";
            open: boolean;
            responded: boolean;
            definition: components["schemas"]["InstrumentDefinition"];
        };
        WaveFormInput: {
            waveId: number;
            title: string;
            label: string;
            /** @enum {string} */
            mode: "identified" | "anonymous" | "public";
            serviceName: string | null;
            tenantName: string;
            /** @enum {string} */
            timeZone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
            /** @enum {string} */
            state: "scheduled" | "open" | "closed";
            open: boolean;
            responded: boolean;
            definition: components["schemas"]["InstrumentDefinitionInput"];
        };
        WaveReport: {
            responses: number;
            minGroupSize: number;
            final: boolean;
            /** @enum {string} */
            view: "whole" | "slice";
            withheld: number;
            suppressed: boolean;
            minimumSample: number | null;
            questions: {
                key: string;
                summary: components["schemas"]["QuestionSummary"];
                texts?: {
                    id: string;
                    text: string;
                }[];
                words?: {
                    word: string;
                    count: number;
                }[];
            }[];
            ikm: components["schemas"]["IkmResult"] | null;
            needs: {
                competency: string | null;
                statements: string[];
                ratings: number;
                meanAbility: number | null;
                meanNeed: number | null;
                gap: number | null;
            }[] | null;
            breakdown: {
                /** @enum {string} */
                by: "unit" | "sex" | "ageBand" | "education" | "occupation";
                groups: {
                    key: string;
                    label: components["schemas"]["LocalizedText"];
                    n: number;
                    ikm: number | null;
                    questions: {
                        key: string;
                        summary: components["schemas"]["QuestionSummary"];
                    }[];
                }[];
                hiddenGroups: number;
                otherCount: number | null;
            } | null;
            breakdownsHeldBack: ("untilClose" | "slice") | null;
            heldBackQuestions: {
                key: string;
                /** @enum {string} */
                reason: "untilClose" | "slice" | "fewAnswers" | "profileGroup";
            }[];
            comparison: components["schemas"]["ReportComparison"] | null;
        };
        WaveReportInput: {
            responses: number;
            minGroupSize: number;
            final: boolean;
            /** @enum {string} */
            view: "whole" | "slice";
            withheld: number;
            suppressed: boolean;
            minimumSample: number | null;
            questions: {
                key: string;
                summary: components["schemas"]["QuestionSummaryInput"];
                texts?: {
                    id: string;
                    text: string;
                }[];
                words?: {
                    word: string;
                    count: number;
                }[];
            }[];
            ikm: components["schemas"]["IkmResultInput"] | null;
            needs: {
                competency: string | null;
                statements: string[];
                ratings: number;
                meanAbility: number | null;
                meanNeed: number | null;
                gap: number | null;
            }[] | null;
            breakdown: {
                /** @enum {string} */
                by: "unit" | "sex" | "ageBand" | "education" | "occupation";
                groups: {
                    key: string;
                    label: components["schemas"]["LocalizedTextInput"];
                    n: number;
                    ikm: number | null;
                    questions: {
                        key: string;
                        summary: components["schemas"]["QuestionSummaryInput"];
                    }[];
                }[];
                hiddenGroups: number;
                otherCount: number | null;
            } | null;
            breakdownsHeldBack: ("untilClose" | "slice") | null;
            heldBackQuestions: {
                key: string;
                /** @enum {string} */
                reason: "untilClose" | "slice" | "fewAnswers" | "profileGroup";
            }[];
            comparison: components["schemas"]["ReportComparisonInput"] | null;
        };
        WaveResults: {
            survey: {
                id: number;
                title: string;
                /** @enum {string} */
                mode: "identified" | "anonymous" | "public";
                serviceName: string | null;
            };
            wave: components["schemas"]["WaveSummary"];
            previousWave: {
                id: number;
                label: string;
            } | null;
            definition: components["schemas"]["InstrumentDefinition"];
            canModerate: boolean;
            reach: components["schemas"]["ResultsReach"];
            report: components["schemas"]["WaveReport"];
            trend: components["schemas"]["ResultsTrend"] | null;
        };
        WaveResultsInput: {
            survey: {
                id: number;
                title: string;
                /** @enum {string} */
                mode: "identified" | "anonymous" | "public";
                serviceName: string | null;
            };
            wave: components["schemas"]["WaveSummaryInput"];
            previousWave: {
                id: number;
                label: string;
            } | null;
            definition: components["schemas"]["InstrumentDefinitionInput"];
            canModerate: boolean;
            reach: components["schemas"]["ResultsReachInput"];
            report: components["schemas"]["WaveReportInput"];
            trend: components["schemas"]["ResultsTrendInput"] | null;
        };
        WaveSummary: {
            id: number;
            number: number;
            label: string;
            /** @enum {string} */
            status: "draft" | "scheduled" | "open" | "closed";
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
            population: number | null;
            invited: number | null;
            responses: number | null;
            pending: number | null;
            withheld: number | null;
            instrumentVersion: number;
            reminderAt: string | null;
        };
        WaveSummaryInput: {
            id: number;
            number: number;
            label: string;
            /** @enum {string} */
            status: "draft" | "scheduled" | "open" | "closed";
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
            population: number | null;
            invited: number | null;
            responses: number | null;
            pending: number | null;
            withheld: number | null;
            instrumentVersion: number;
            reminderAt: string | null;
        };
        WithdrawMeasurementBody: {
            reason: string;
        };
        WithdrawMeasurementBodyInput: {
            reason: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
