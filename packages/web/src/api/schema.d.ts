// Generated from docs/openapi.json by `npm run api:gen -w @jenjang/server`. Do not edit.
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
        patch?: never;
        trace?: never;
    };
    "/api/v1/units": {
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
                        "application/json": components["schemas"]["UnitList"];
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
    "/api/v1/dashboard": {
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
        /** @description Upload a CSV or XLSX employee file (multipart field `file`); the import runs as a job. */
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
                        file: string;
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
    "/api/v1/imports/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The Jenjang employee template with a guide sheet. */
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
        /** @description The Jenjang employee template as CSV. */
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
            };
            permissions: string[];
        };
        SessionInput: {
            user: components["schemas"]["MeInput"];
            csrfToken: string;
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
        AccountSummaryInput: {
            id: number;
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "admin" | "pimpinan" | "atasan" | "pegawai" | "mitra" | "auditor" | "nasional";
            /** @enum {string} */
            status: "active" | "disabled";
            employeeId: number | null;
            scopeUnit: {
                id: number;
                name: string;
            } | null;
            hasPassword: boolean;
            createdAt: string;
        };
        AccountPageInput: {
            items: components["schemas"]["AccountSummaryInput"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PasswordLinkInput: {
            accountId: number;
            url: string;
            expiresInHours: number;
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
        AuditPageInput: {
            items: {
                seq: number;
                at: string;
                actor: string | null;
                action: string;
                entity: string;
                entityId: string | null;
            }[];
            total: number;
            page: number;
            pageSize: number;
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
        EmployeePageInput: {
            items: components["schemas"]["EmployeeSummaryInput"][];
            total: number;
            page: number;
            pageSize: number;
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
        };
        UnitListInput: {
            items: {
                id: number;
                parentId: number | null;
                name: string;
                kind: string;
                employeeCount: number;
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
            };
            permissions: string[];
        };
        Session: {
            user: components["schemas"]["Me"];
            csrfToken: string;
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
        AccountSummary: {
            id: number;
            username: string;
            displayName: string;
            /** @enum {string} */
            role: "admin" | "pimpinan" | "atasan" | "pegawai" | "mitra" | "auditor" | "nasional";
            /** @enum {string} */
            status: "active" | "disabled";
            employeeId: number | null;
            scopeUnit: {
                id: number;
                name: string;
            } | null;
            hasPassword: boolean;
            createdAt: string;
        };
        AccountPage: {
            items: components["schemas"]["AccountSummary"][];
            total: number;
            page: number;
            pageSize: number;
        };
        PasswordLink: {
            accountId: number;
            url: string;
            expiresInHours: number;
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
        AuditPage: {
            items: {
                seq: number;
                at: string;
                actor: string | null;
                action: string;
                entity: string;
                entityId: string | null;
            }[];
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
        EmployeePage: {
            items: components["schemas"]["EmployeeSummary"][];
            total: number;
            page: number;
            pageSize: number;
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
        };
        UnitList: {
            items: {
                id: number;
                parentId: number | null;
                name: string;
                kind: string;
                employeeCount: number;
            }[];
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
