/* eslint-disable */
// Generated from sandbox.yaml by `npm run generate`. Do not edit by hand.

/** sandbox.yaml up to its top-level `servers:` block. */
export const contractYamlHead = `openapi: 3.1.0
info:
  title: Pleo API sandbox
  version: 0.1.0
  summary: An offline stand-in for Pleo's external API as called with Standalone
    API Keys.
  description: |
    The Pleo operations below follow Pleo's own OpenAPI documents (paths, parameter names and places,
    schemas, enums). The \`/sandbox\` operations are not Pleo's: they stand in for the web app's
    Settings > API Keys page and for the sandbox's own clock and reset. Nor are the tooling ones
    (\`/healthz\`, \`/openapi.json\`, \`/openapi.yaml\`): readiness and this document, for CI and API clients.

    Every refusal carries Pleo's \`ExceptionInfo\` body \`{type, message}\` and the header
    \`X-Sandbox-Reason\`, which names the check that failed.
  license:
    name: Apache 2.0
    identifier: Apache-2.0
`;

/** sandbox.yaml after its top-level `servers:` block. */
export const contractYamlTail = `
security:
  - basicAuth: []
  - bearerAuth: []

tags:
  - name: Installations
  - name: Companies
  - name: Employees
  - name: Accounting entries
  - name: Export
  - name: Subscriptions
    description: Webhook subscriptions, and real signed deliveries to their endpoints.
  - name: Tags
    description: Tag groups and tags (Gjoll's current surface).
  - name: Tax codes
  - name: Chart of accounts
  - name: Vendors
  - name: OAuth
    description: The authorization server (Pleo's auth host paths, on the sandbox's own origin).
  - name: Sandbox
    description: The control plane (not part of Pleo's API).
  - name: Tooling
    description: Readiness and the contract itself, for CI and API clients (not part of Pleo's API).

paths:
  /v1/installations/me:
    get:
      tags: [ Installations ]
      operationId: getClientInstallation
      x-sandbox-target: [ { in: query, name: company_id, is: company } ]
      x-pleo-source: pleo-app-marketplace-openapi.yml
      summary: The installation of the company the key belongs to
      description: |
        Use it to verify a key and learn its \`company_id\`. A company-level key answers for its own
        company; an organisation-level key answers for \`company_id\`, or for the organisation's first
        company when \`company_id\` is omitted. Needs no scope.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: company_id
          in: query
          required: false
          schema: { type: string, format: uuid }
      responses:
        '200':
          description: Installation exists.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/InstallationResponse' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    post:
      tags: [ Installations ]
      operationId: createClientInstallation
      x-pleo-source: pleo-app-marketplace-openapi.yml
      summary: Create (or re-create) the key's installation
      description: |
        Status defaults to the current one, or ACTIVATED. A company-level key acts on its company; an
        organisation-level key on the organisation's first company. Needs no scope.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/CreateClientInstallationRequest' }
      responses:
        '200':
          description: Installation created.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/InstallationResponse' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    put:
      tags: [ Installations ]
      operationId: updateClientInstallation
      x-pleo-source: pleo-app-marketplace-openapi.yml
      summary: Report the integration's status (and error code) on its installation
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/UpdateInstallationRequest' }
      responses:
        '200':
          description: Installation updated.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/InstallationResponse' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    delete:
      tags: [ Installations ]
      operationId: deleteClientInstallation
      x-pleo-source: pleo-app-marketplace-openapi.yml
      summary: Delete the key's installation; GET answers 404 until it is created again
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
      responses:
        '204': { description: Installation deleted. }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/installations/me:activate:
    post:
      tags: [ Installations ]
      operationId: activateMyInstallation
      x-pleo-source: pleo-app-marketplace-openapi.yml
      summary: Activate the key's installation once the integration has synchronised its master data
      description: |
        Sets the status to ACTIVATED (from any other, and again if it already is), as an integration
        does after authorisation. A company-level key acts on its company; an organisation-level key
        on the organisation's first company. Needs no scope.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
      responses:
        '200':
          description: Installation is successfully activated.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/InstallationResponse' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/introspect:
    get:
      tags: [ Installations ]
      operationId: introspect
      x-pleo-source: pleo-app-marketplace-openapi.yml
      summary: What the credential is, for which app, with which scopes, about which company
      description: |
        Works with every credential: a Standalone API Key (\`authMethod\` API_KEY, \`clientId\` the key's
        id, no \`applicationName\`), an Integrated API Key (API_KEY, the app's \`clientId\` and name) and
        an OAuth access token (OAUTH2). \`scope\` lists the scopes space-separated; \`subjectURN\` is the
        company (or organisation) the credential acts for. Needs no scope.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
      responses:
        '200':
          description: The credential's details.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExternalClientModelDetails' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }

  /v1/companies:
    get:
      tags: [ Companies ]
      operationId: getCompanies
      x-sandbox-scope: companies:read
      x-sandbox-target: [ { in: query, name: organization_id, is: organisation } ]
      x-pleo-source: pleo-oberon-openapi.yml
      summary: Companies the key can see (scope companies:read)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: organization_id
          in: query
          required: false
          schema: { type: string, format: uuid }
        - $ref: '#/components/parameters/before'
        - $ref: '#/components/parameters/after'
        - $ref: '#/components/parameters/offset'
        - $ref: '#/components/parameters/limit'
        - $ref: '#/components/parameters/sorting_keys'
        - $ref: '#/components/parameters/sorting_order'
      responses:
        '200':
          description: A page of companies.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/CompanyPage' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/companies/{companyId}:
    get:
      tags: [ Companies ]
      operationId: getCompany
      x-sandbox-scope: companies:read
      x-sandbox-target: [ { in: path, name: companyId, is: company } ]
      x-pleo-source: pleo-oberon-openapi.yml
      summary: One company (scope companies:read)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: companyId
          in: path
          required: true
          schema: { type: string, format: uuid }
      responses:
        '200':
          description: The company.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/CompanyData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v2/employees:
    get:
      tags: [ Employees ]
      operationId: getEmployees
      x-sandbox-scope: users:read
      x-sandbox-target: [ { in: query, name: companyId, is: company } ]
      x-pleo-source: pleo-oberon-openapi.yml
      summary: Employees the key can see (scope users:read)
      description: Without \`companyId\`, every employee of every company the key covers.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: companyId
          in: query
          required: false
          schema: { type: string, format: uuid }
        - name: email
          in: query
          required: false
          schema: { type: string }
        - name: code
          in: query
          required: false
          schema: { type: string }
        - $ref: '#/components/parameters/before'
        - $ref: '#/components/parameters/after'
        - $ref: '#/components/parameters/offset'
        - $ref: '#/components/parameters/limit'
        - $ref: '#/components/parameters/sorting_keys'
        - $ref: '#/components/parameters/sorting_order'
      responses:
        '200':
          description: A page of employees.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/EmployeePage' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v2/employees/{employeeId}:
    get:
      tags: [ Employees ]
      operationId: getEmployee
      x-sandbox-scope: users:read
      x-sandbox-target: [ { in: path, name: employeeId, is: employee } ]
      x-pleo-source: pleo-oberon-openapi.yml
      summary: One employee (scope users:read)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: employeeId
          in: path
          required: true
          schema: { type: string, format: uuid }
      responses:
        '200':
          description: The employee.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/EmployeeData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/subscriptions:
    get:
      tags: [ Subscriptions ]
      operationId: getSubscriptions
      x-pleo-source: pleo-webhook-subscriptions-openapi.yml
      x-pleo-differences: [ 'status' ]
      summary: The subscriptions registered for the key's company (or organisation)
      description: |
        A company-level key sees its company's subscriptions; an organisation-level key sees its
        organisation's. Deleted subscriptions are not listed. Needs no scope in the sandbox.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: status
          in: query
          required: false
          schema: { $ref: '#/components/schemas/SubscriptionStatus' }
        - name: event_types
          in: query
          required: false
          style: form
          explode: true
          schema: { type: array, uniqueItems: true, items: { type: string } }
        - $ref: '#/components/parameters/before'
        - $ref: '#/components/parameters/after'
        - $ref: '#/components/parameters/offset'
        - $ref: '#/components/parameters/limit'
        - $ref: '#/components/parameters/sorting_keys'
        - $ref: '#/components/parameters/sorting_order'
      responses:
        '200':
          description: A page of subscriptions.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/SubscriptionPage' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    post:
      tags: [ Subscriptions ]
      operationId: createSubscription
      x-pleo-source: pleo-webhook-subscriptions-openapi.yml
      x-pleo-differences: [ 'body.eventTypes[]' ]
      summary: Subscribe an endpoint to event types
      description: |
        Answers 200 (as Pleo does, not 201). Fetch the signing secret with
        \`GET /v1/subscriptions/{id}/secret\`.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/SubscriptionRequest' }
      responses:
        '200':
          description: The subscription.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/SubscriptionResponse' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '409': { $ref: '#/components/responses/LimitReached' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/subscriptions/{id}:
    get:
      tags: [ Subscriptions ]
      operationId: getSubscriptionById
      x-pleo-source: pleo-webhook-subscriptions-openapi.yml
      summary: One subscription
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/SubscriptionId'
      responses:
        '200':
          description: The subscription.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/SubscriptionResponse' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    put:
      tags: [ Subscriptions ]
      operationId: updateSubscription
      x-pleo-source: pleo-webhook-subscriptions-openapi.yml
      x-pleo-differences: [ 'body.eventTypes[]' ]
      summary: Replace a subscription's endpoint, event types, headers, auth and status
      description: A full replacement; omitted optional fields are cleared and
        \`status\` defaults to ACTIVE. The secret stays.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/SubscriptionId'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/SubscriptionRequest' }
      responses:
        '200':
          description: The updated subscription.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/SubscriptionResponse' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    delete:
      tags: [ Subscriptions ]
      operationId: deleteSubscription
      x-pleo-source: pleo-webhook-subscriptions-openapi.yml
      summary: Delete a subscription; deliveries to it stop, retries included
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/SubscriptionId'
      responses:
        '204': { description: Deleted. }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/subscriptions/{id}/activities:
    get:
      tags: [ Subscriptions ]
      operationId: getSubscriptionActivities
      x-pleo-source: pleo-webhook-subscriptions-openapi.yml
      x-pleo-differences: [ 'operation_types' ]
      summary: What happened to a subscription (create, update, delete) and every
        delivery attempt
      description: |
        Oldest first. Besides Pleo's CREATE, UPDATE and DELETE, the sandbox records each delivery
        attempt as a DELIVERY activity. A deleted subscription's activities stay readable.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/SubscriptionId'
        - name: operation_types
          in: query
          required: false
          style: form
          explode: true
          schema:
            {
              type: array,
              uniqueItems: true,
              items: { $ref: '#/components/schemas/SubscriptionOperationType' }
            }
        - $ref: '#/components/parameters/before'
        - $ref: '#/components/parameters/after'
        - $ref: '#/components/parameters/offset'
        - $ref: '#/components/parameters/limit'
        - $ref: '#/components/parameters/sorting_keys'
        - $ref: '#/components/parameters/sorting_order'
      responses:
        '200':
          description: A page of activities.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/SubscriptionActivityPage' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/subscriptions/{id}/secret:
    get:
      tags: [ Subscriptions ]
      operationId: getSubscriptionSecret
      x-pleo-source: pleo-webhook-subscriptions-openapi.yml
      x-pleo-differences: [ '200.data' ]
      summary: The secret that signs this subscription's deliveries
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/SubscriptionId'
      responses:
        '200':
          description: The secret.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/SubscriptionSecretResponse' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/accounting-entries:search:
    post:
      tags: [ Accounting entries ]
      operationId: externalSearchAccountingEntriesV1
      x-sandbox-scope: accounting-entries:read
      x-sandbox-target: [ { in: query, name: company_id, is: company }, { in: query, name: organization_id, is: organisation } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      x-pleo-unsupported-parameters: [ partner_id ]
      summary: Search accounting entries (scope accounting-entries:read)
      description: |
        Name the company with \`company_id\`, or every company of an organisation with \`organization_id\`;
        one of them is required, whatever the key's access level (400 without).
        Only one date window (\`performedAt*\`, \`settledAt*\` or \`bookkeepingDate*\`) per search.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: company_id
          in: query
          required: false
          schema: { type: string, format: uuid }
        - name: organization_id
          in: query
          required: false
          schema: { type: string, format: uuid }
        - $ref: '#/components/parameters/before'
        - $ref: '#/components/parameters/after'
        - $ref: '#/components/parameters/limitUpTo100'
        - name: sorting_keys
          in: query
          required: false
          style: form
          explode: true
          schema:
            {
              type: array,
              items: { $ref: '#/components/schemas/AccountingEntriesSortingKeys' }
            }
        - $ref: '#/components/parameters/sorting_order'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/AccountingEntrySearchRequest' }
      responses:
        '200':
          description: A page of accounting entries.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/AccountingEntryPage' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/accounting-entries/{accountingEntryId}:
    get:
      tags: [ Accounting entries ]
      operationId: externalGetAccountingEntryV1
      x-sandbox-scope: accounting-entries:read
      x-sandbox-target: [ { in: path, name: accountingEntryId, is: accountingEntry } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: One accounting entry (scope accounting-entries:read)
      description: The entry's own company decides; a deleted entry is found only with
        \`include_deleted=true\`.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/accountingEntryId'
        - name: include_deleted
          in: query
          required: false
          schema: { type: boolean }
      responses:
        '200':
          description: The entry.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/AccountingEntryData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/accounting-entries/{accountingEntryId}/receipts:
    get:
      tags: [ Accounting entries ]
      operationId: getAllReceiptsV6
      x-sandbox-scope: accounting-entries:read
      x-sandbox-target: [ { in: path, name: accountingEntryId, is: accountingEntry } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: An entry's receipts (scope accounting-entries:read)
      description: Ten a page unless \`limit\` says otherwise. \`file_type\` picks which
        rendition the URLs point at.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/accountingEntryId'
        - name: source
          in: query
          required: false
          style: form
          explode: true
          schema: { type: array, items: { $ref: '#/components/schemas/ReceiptSource' } }
        - name: file_type
          in: query
          required: false
          schema: { $ref: '#/components/schemas/ReceiptFileType' }
        - $ref: '#/components/parameters/before'
        - $ref: '#/components/parameters/after'
        - name: limit
          in: query
          required: false
          schema: { type: integer, format: int32, minimum: 1, maximum: 100, default: 10 }
        - name: sorting_keys
          in: query
          required: false
          style: form
          explode: true
          schema: { type: array, items: { $ref: '#/components/schemas/ReceiptsSortingKeys' } }
        - $ref: '#/components/parameters/sorting_order'
      responses:
        '200':
          description: A page of receipts.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ReceiptPage' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/accounting-entries/{accountingEntryId}/receipts/{receiptId}:
    get:
      tags: [ Accounting entries ]
      operationId: getReceiptFileV6
      x-sandbox-scope: accounting-entries:read
      x-sandbox-target: [ { in: path, name: accountingEntryId, is: accountingEntry } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: One receipt of an entry, with a time-bound URL (scope
        accounting-entries:read)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/accountingEntryId'
        - name: receiptId
          in: path
          required: true
          schema: { type: string, format: uuid }
        - name: file_type
          in: query
          required: false
          schema: { $ref: '#/components/schemas/ReceiptFileType' }
      responses:
        '200':
          description: The receipt.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ReceiptData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/accounting-entries/receipts:search:
    post:
      tags: [ Accounting entries ]
      operationId: searchReceiptsByPostV6
      x-sandbox-scope: accounting-entries:read
      x-sandbox-target: [ { in: query, name: company_id, is: company }, { in: query, name: organization_id, is: organisation } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      x-pleo-unsupported-parameters: [ partner_id ]
      summary: Search the receipts of a company's (or organisation's) accounting entries (scope accounting-entries:read)
      description: |
        \`company_id\` or \`organization_id\` is required, whatever the key's access level. Receipts of
        deleted entries count as deleted (\`includeDeleted\`). \`fileType\` picks the rendition the URLs
        point at. Ten a page unless \`limit\` says otherwise (at most 100).
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: company_id
          in: query
          required: false
          schema: { type: string, format: uuid }
        - name: organization_id
          in: query
          required: false
          schema: { type: string, format: uuid }
        - $ref: '#/components/parameters/before'
        - $ref: '#/components/parameters/after'
        - name: limit
          in: query
          required: false
          schema: { type: integer, format: int32, minimum: 1, maximum: 100, default: 10 }
        - name: sorting_keys
          in: query
          required: false
          style: form
          explode: true
          schema: { type: array, items: { $ref: '#/components/schemas/ReceiptsSortingKeys' } }
        - $ref: '#/components/parameters/sorting_order'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/ReceiptSearchRequest' }
      responses:
        '200':
          description: A page of receipts.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ReceiptPage' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/accounting-entries/{accountingEntryId}/core:
    get:
      tags: [ Accounting entries ]
      operationId: getCoreAccountingEntryV6ById
      x-sandbox-scope: accounting-entries:read
      x-sandbox-target: [ { in: path, name: accountingEntryId, is: accountingEntry } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: One accounting entry in Gjoll's core model (scope accounting-entries:read)
      description: |
        The entry of \`GET /v1/accounting-entries/{accountingEntryId}\` as Gjoll's older core model: no tags,
        split items or attendees; \`fees\` (none in the sandbox), the wallet value, the reconciliation id,
        and the deprecated gross, net and tax bill values by the tax calculation's arithmetic. A deleted
        entry is found only with \`include_deleted=true\`; \`include_hidden\` changes nothing (no entry is
        hidden in the sandbox).
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/accountingEntryId'
        - name: include_deleted
          in: query
          required: false
          schema: { type: boolean }
        - name: include_hidden
          in: query
          required: false
          deprecated: true
          schema: { type: boolean }
      responses:
        '200':
          description: The entry.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/AccountingEntryCoreData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v3/export-jobs:
    get:
      tags: [ Export ]
      operationId: getExportJobsListV3
      x-sandbox-scope: export-jobs:read
      x-sandbox-target: [ { in: query, name: company_id, is: company } ]
      x-pleo-source: pleo-export-openapi.yml
      summary: A company's export jobs, oldest first (scope export-jobs:read)
      description: An organisation-level key must send \`company_id\`. Open jobs past
        their hour show as failed (\`job_expired\`).
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: company_id
          in: query
          required: false
          schema: { type: string, format: uuid }
        - name: statuses
          in: query
          required: false
          style: form
          explode: true
          schema: { type: array, items: { $ref: '#/components/schemas/ExportJobStatus' } }
        - $ref: '#/components/parameters/before'
        - $ref: '#/components/parameters/after'
        - $ref: '#/components/parameters/offset'
        - $ref: '#/components/parameters/limit'
        - $ref: '#/components/parameters/sorting_keys'
        - $ref: '#/components/parameters/sorting_order'
      responses:
        '200':
          description: A page of export jobs.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExportJobPage' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    post:
      tags: [ Export ]
      operationId: createExportJobV3
      x-sandbox-scope: export-jobs:write
      x-sandbox-target: [ { in: body, name: companyId, is: company } ]
      x-pleo-source: pleo-export-openapi.yml
      summary: Create a pending export job (scope export-jobs:write)
      description: One open (pending or in_progress) job per company; a second is
        refused with 409. A company with a wallet not mapped to a contra account is
        refused with 400 MISSING_CONTRA_ACCOUNTS.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/CreateExportJob' }
      responses:
        '201':
          description: The job, pending.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExportJobData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '409':
          description: EXPORT_ALREADY_IN_PROGRESS - the company has an open export job.
          headers:
            X-Sandbox-Reason: { $ref: '#/components/headers/X-Sandbox-Reason' }
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExceptionInfo' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v3/export-jobs/{jobId}:
    get:
      tags: [ Export ]
      operationId: getExportJobByIdV3
      x-sandbox-scope: export-jobs:read
      x-sandbox-target: [ { in: path, name: jobId, is: exportJob } ]
      x-pleo-source: pleo-export-openapi.yml
      summary: One export job (scope export-jobs:read)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: jobId
          in: path
          required: true
          schema: { type: string, format: uuid }
      responses:
        '200':
          description: The job.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExportJobData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v3/export-jobs/{jobId}/items:
    get:
      tags: [ Export ]
      operationId: getExportJobItemsV3
      x-sandbox-scope: export-jobs:read
      x-sandbox-target: [ { in: path, name: jobId, is: exportJob } ]
      x-pleo-source: pleo-export-openapi.yml
      summary: The items of an export job (scope export-jobs:read)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: jobId
          in: path
          required: true
          schema: { type: string, format: uuid }
        - name: status
          in: query
          required: false
          schema: { $ref: '#/components/schemas/ExportJobItemStatus' }
        - $ref: '#/components/parameters/before'
        - $ref: '#/components/parameters/after'
        - $ref: '#/components/parameters/offset'
        - $ref: '#/components/parameters/limit'
        - $ref: '#/components/parameters/sorting_keys'
        - $ref: '#/components/parameters/sorting_order'
      responses:
        '200':
          description: A page of the job's items.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExportJobItemPage' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    put:
      tags: [ Export ]
      operationId: updateExportJobItemsV3
      x-sandbox-scope: export-jobs:write
      x-sandbox-target: [ { in: path, name: jobId, is: exportJob } ]
      x-pleo-source: pleo-export-openapi.yml
      summary: Report items' results, at most 100 per call (scope export-jobs:write)
      description: |
        Only an in_progress job takes updates. Items that are not in the job come back in \`errors\`
        inside the 200; the rest are updated, and their entries' \`exportStatus\` follows.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: jobId
          in: path
          required: true
          schema: { type: string, format: uuid }
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: array, items: { $ref: '#/components/schemas/UpdateExportJobItem' } }
      responses:
        '200':
          description: The updated items and the per-item errors.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExportJobItemUpdateResult' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '413':
          description: EXPORT_JOB_ITEMS_UPDATE_LIMIT - more than 100 items in one call.
          headers:
            X-Sandbox-Reason: { $ref: '#/components/headers/X-Sandbox-Reason' }
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExceptionInfo' }
        '422':
          description: EXPORT_JOB_STATUS_UNPROCESSABLE - the job is not in progress
            (pending, finished or expired).
          headers:
            X-Sandbox-Reason: { $ref: '#/components/headers/X-Sandbox-Reason' }
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExceptionInfo' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v3/export-job-events:
    post:
      tags: [ Export ]
      operationId: createExportJobEventV3
      x-sandbox-scope: export-jobs:write
      x-sandbox-target: [ { in: body, name: jobId, is: exportJob } ]
      x-pleo-source: pleo-export-openapi.yml
      summary: Move an export job along its lifecycle (scope export-jobs:write)
      description: |
        \`started\` takes a pending job to in_progress; \`completed\`, \`completed_with_errors\` or \`failed\`
        end an in_progress one (\`failed\` also ends a pending one). Items still open are abandoned.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/CreateExportJobEvent' }
      responses:
        '202': { description: The event was applied. }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '422':
          description: INVALID_EXPORT_JOB_STATUS_CHANGE - the job's status does not accept
            this event.
          headers:
            X-Sandbox-Reason: { $ref: '#/components/headers/X-Sandbox-Reason' }
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExceptionInfo' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v3/export-job-items:
    get:
      tags: [ Export ]
      operationId: getExportJobItemByAccountingEntryIdV3
      x-sandbox-scope: export-jobs:read
      x-sandbox-target: [ { in: query, name: company_id, is: company }, { in: query, name: accounting_entry_id, is: accountingEntry } ]
      x-pleo-source: pleo-export-openapi.yml
      summary: The export job item of an accounting entry, from its latest job (scope export-jobs:read)
      description: |
        Pleo marks this operation as not for its public reference. \`accounting_entry_id\` names the entry
        (400 without it); the item comes from the newest job that holds the entry, in the companies the
        request may see. An entry never exported is 404 EXPORT_ENTRY_NOT_FOUND.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: company_id
          in: query
          required: false
          schema: { type: string, format: uuid }
        - name: accounting_entry_id
          in: query
          required: false
          schema: { type: string, format: uuid }
      responses:
        '200':
          description: The entry's export job item.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExportJobItemData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v3/export-items:
    get:
      tags: [ Export ]
      operationId: getExportItemsV3
      x-sandbox-scope: export-items:read
      x-sandbox-target: [ { in: query, name: job_id, is: exportJob } ]
      x-pleo-source: pleo-export-openapi.yml
      summary: A running job's entries as export items (scope export-items:read)
      description: Without \`job_id\`, the company's open job. Only pending and
        in_progress jobs give items, and only once every wallet of the company is mapped
        to a contra account (400 MISSING_CONTRA_ACCOUNTS otherwise).
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: job_id
          in: query
          required: false
          schema: { type: string, format: uuid }
        - $ref: '#/components/parameters/before'
        - $ref: '#/components/parameters/after'
        - $ref: '#/components/parameters/offset'
        - $ref: '#/components/parameters/limit'
        - $ref: '#/components/parameters/sorting_keys'
        - $ref: '#/components/parameters/sorting_order'
      responses:
        '200':
          description: A page of export items.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExportItemPage' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '422':
          description: EXPORT_JOB_STATUS_UNPROCESSABLE - the job is finished or expired.
          headers:
            X-Sandbox-Reason: { $ref: '#/components/headers/X-Sandbox-Reason' }
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExceptionInfo' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /sandbox/scenarios:
    get:
      tags: [ Sandbox ]
      operationId: listSandboxScenarios
      summary: The scenario catalogue, with what each one teaches
      description: Every scenario of \`scenarios/\`, whether it can be forced (by \`X-Sandbox-Scenario\`
        or armed), and the answer it gives.
      security: []
      responses:
        '200':
          description: The catalogue, in the guide's order.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ScenarioCatalogue' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /sandbox/scenarios/active:
    get:
      tags: [ Sandbox ]
      operationId: listArmedScenarios
      summary: The armed scenarios, oldest first
      security: []
      responses:
        '200':
          description: What is armed now.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ArmedScenarioList' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    post:
      tags: [ Sandbox ]
      operationId: armScenario
      summary: Arm a scenario for a key, a company, or every request
      description: |
        From now on, Pleo operations whose key (or OAuth grant, for Bearer calls) is \`keyId\` (and/or whose company is \`companyId\`; with
        neither, every Pleo operation) are answered as if they carried \`X-Sandbox-Scenario\`, for
        \`times\` requests or until disarmed. The header, when sent, wins over an armed scenario; the
        first armed scenario that matches applies.
      security: []
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/ArmScenarioRequest' }
      responses:
        '201':
          description: Armed.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ArmedScenarioData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    delete:
      tags: [ Sandbox ]
      operationId: disarmAllScenarios
      summary: Disarm every armed scenario
      security: []
      responses:
        '204': { description: Nothing is armed any more. }
        '400': { $ref: '#/components/responses/BadRequest' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /sandbox/scenarios/active/{id}:
    delete:
      tags: [ Sandbox ]
      operationId: disarmScenario
      summary: Disarm one armed scenario
      security: []
      parameters:
        - { name: id, in: path, required: true, schema: { type: string, format: uuid } }
      responses:
        '204': { description: Disarmed. }
        '400': { $ref: '#/components/responses/BadRequest' }
        '404': { $ref: '#/components/responses/NotFound' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /sandbox/faults:
    get:
      tags: [ Sandbox ]
      operationId: listArmedFaults
      summary: The armed faults, oldest first
      security: []
      responses:
        '200':
          description: What is armed now.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ArmedFaultList' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    post:
      tags: [ Sandbox ]
      operationId: armFault
      summary: Arm a fault (latency, a 429 or 5xx, a dropped connection, no answer) on matching requests
      description: |
        \`fault\` is written as in the \`X-Sandbox-Fault\` header. It applies to the Pleo operations that
        match every filter given (\`method\`; \`path\`, where \`*\` matches anything, or the contract's
        path template; \`keyId\`; \`companyId\`), with \`probability\` (drawn from a generator seeded with
        \`seed\`, so a run repeats), for \`times\` requests or until disarmed. The header, when sent,
        wins; otherwise the first armed fault that matches and fires applies.
      security: []
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/ArmFaultRequest' }
      responses:
        '201':
          description: Armed.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ArmedFaultData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    delete:
      tags: [ Sandbox ]
      operationId: disarmAllFaults
      summary: Disarm every armed fault
      security: []
      responses:
        '204': { description: Nothing is armed any more. }
        '400': { $ref: '#/components/responses/BadRequest' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /sandbox/faults/{id}:
    delete:
      tags: [ Sandbox ]
      operationId: disarmFault
      summary: Disarm one armed fault
      security: []
      parameters:
        - { name: id, in: path, required: true, schema: { type: string, format: uuid } }
      responses:
        '204': { description: Disarmed. }
        '400': { $ref: '#/components/responses/BadRequest' }
        '404': { $ref: '#/components/responses/NotFound' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /sandbox/rate-limit:
    get:
      tags: [ Sandbox ]
      operationId: getSandboxRateLimit
      summary: Whether Pleo's rate limit (per key, per minute) is enforced, and at what rate
      security: []
      responses:
        '200':
          description: The rate limit.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/RateLimitData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    post:
      tags: [ Sandbox ]
      operationId: setSandboxRateLimit
      summary: Turn the rate limit on or off, or change its rate
      security: []
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/SetRateLimitRequest' }
      responses:
        '200':
          description: The rate limit now.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/RateLimitData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /sandbox/requests:
    get:
      tags: [ Sandbox ]
      operationId: listSandboxRequests
      summary: The request journal, newest first
      description: |
        The last requests this sandbox (or workspace) answered and the webhook deliveries it made,
        newest first, at most 1,000 by default: what was asked, the answer, the key, and the scenario
        or fault applied. Never a secret: no headers, no bodies, credentials in query strings cut.
        Requests to \`/sandbox/requests\` itself are not recorded.
      security: []
      parameters:
        - { name: keyId, in: query, required: false, schema: { type: string, format: uuid } }
        - name: path
          in: query
          required: false
          description: The path (no query string), where \`*\` matches anything, or the contract's
            path template (\`/v1/vendors/{id}\`).
          schema: { type: string }
        - { name: method, in: query, required: false, schema: { $ref: '#/components/schemas/HttpMethod' } }
        - { name: status, in: query, required: false, schema: { type: integer, minimum: 0, maximum: 599 } }
        - { name: kind, in: query, required: false, schema: { $ref: '#/components/schemas/JournalKind' } }
        - $ref: '#/components/parameters/before'
        - $ref: '#/components/parameters/after'
        - $ref: '#/components/parameters/offset'
        - { name: limit, in: query, required: false, schema: { type: integer, minimum: 1, maximum: 1000, default: 20 } }
      responses:
        '200':
          description: A page of the journal; \`pagination.total\` counts every match.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/JournalPage' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    delete:
      tags: [ Sandbox ]
      operationId: clearSandboxRequests
      summary: Empty the request journal
      security: []
      responses:
        '204': { description: The journal is empty. }
        '400': { $ref: '#/components/responses/BadRequest' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /sandbox/webhooks/chaos:
    get:
      tags: [ Sandbox ]
      operationId: listWebhookChaos
      summary: The armed webhook delivery rules, oldest first
      security: []
      responses:
        '200':
          description: What is armed now.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/WebhookChaosRuleList' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    post:
      tags: [ Sandbox ]
      operationId: armWebhookChaos
      summary: Deliver matching events twice, out of order, late, or after failed attempts
      description: |
        Applies to the next events (\`times\`, or until disarmed) delivered to \`subscriptionId\` (or any
        subscription) of \`eventType\` (or any type): \`duplicate\` delivers the same message (same
        \`webhook-id\`) twice; \`out-of-order\` holds it until the next event to that subscription has
        been delivered (at most \`delaySeconds\` of sandbox time); \`late\` holds it for \`delaySeconds\` of
        sandbox time (moving the clock releases it); \`fail-first\` sends the first \`attempts\` attempts
        and counts them as failed whatever the answer, so the retries arrive too.
      security: []
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/ArmWebhookChaosRequest' }
      responses:
        '201':
          description: Armed.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/WebhookChaosRuleData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    delete:
      tags: [ Sandbox ]
      operationId: disarmAllWebhookChaos
      summary: Disarm every webhook delivery rule
      security: []
      responses:
        '204': { description: Nothing is armed any more. }
        '400': { $ref: '#/components/responses/BadRequest' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /sandbox/webhooks/chaos/{id}:
    delete:
      tags: [ Sandbox ]
      operationId: disarmWebhookChaos
      summary: Disarm one webhook delivery rule
      security: []
      parameters:
        - { name: id, in: path, required: true, schema: { type: string, format: uuid } }
      responses:
        '204': { description: Disarmed. }
        '400': { $ref: '#/components/responses/BadRequest' }
        '404': { $ref: '#/components/responses/NotFound' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /sandbox/webhooks/resend:
    post:
      tags: [ Sandbox ]
      operationId: resendWebhookEvent
      summary: Deliver a past event again, as Pleo would on a manual retry
      description: |
        The same body and the same \`webhook-id\` as the first time (re-stamped and re-signed), to
        each subscription that got it and still wants it, or to \`subscriptionId\` alone. The sandbox
        remembers the last 100 events.
      security: []
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/WebhookResendRequest' }
      responses:
        '202':
          description: The deliveries started.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/WebhookResendData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '404': { $ref: '#/components/responses/NotFound' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /sandbox/workspaces:
    get:
      tags: [ Sandbox ]
      operationId: listSandboxWorkspaces
      summary: The workspaces alive now, and their limits
      security: []
      responses:
        '200':
          description: The workspaces, most recently used first.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/WorkspaceListData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /sandbox/workspaces/{name}:
    delete:
      tags: [ Sandbox ]
      operationId: deleteSandboxWorkspace
      summary: Drop a workspace now, with its keys, clock and journal
      security: []
      parameters:
        - { name: name, in: path, required: true, schema: { $ref: '#/components/schemas/WorkspaceName' } }
      responses:
        '204': { description: Gone; the name makes a fresh workspace on its next use. }
        '400': { $ref: '#/components/responses/BadRequest' }
        '404': { $ref: '#/components/responses/NotFound' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  # Export API v2: the same jobs as v3, through v2's shapes, enums and rules (resources/export-v2/).
  /v2/export-jobs:
    get:
      tags: [ Export ]
      operationId: getExportJobsListV2
      x-sandbox-scope: export-jobs:read
      x-sandbox-target: [ { in: query, name: company_id, is: company } ]
      x-pleo-source: pleo-export-openapi.yml
      summary: A company's export jobs, oldest first, as Export v2 (scope export-jobs:read)
      description: |
        The same jobs as \`GET /v3/export-jobs\`. \`status\` (one status, deprecated) and \`statuses\` may both
        be sent; a job matching either is listed. A company with wallets in several currencies is
        refused with 400 UNSUPPORTED_API_VERSION, as Export v2 is.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: company_id
          in: query
          required: false
          schema: { type: string, format: uuid }
        - name: status
          in: query
          required: false
          deprecated: true
          schema: { $ref: '#/components/schemas/ExportJobStatus' }
        - name: statuses
          in: query
          required: false
          style: form
          explode: true
          schema: { type: array, items: { $ref: '#/components/schemas/ExportJobStatus' } }
        - $ref: '#/components/parameters/before'
        - $ref: '#/components/parameters/after'
        - $ref: '#/components/parameters/offset'
        - $ref: '#/components/parameters/limit'
        - $ref: '#/components/parameters/sorting_keys'
        - $ref: '#/components/parameters/sorting_order'
      responses:
        '200':
          description: A page of export jobs.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExportJobPage' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    post:
      tags: [ Export ]
      operationId: createExportJobV2
      x-sandbox-scope: export-jobs:write
      x-sandbox-target: [ { in: body, name: companyId, is: company } ]
      x-pleo-source: pleo-export-openapi.yml
      summary: Create a pending export job, as Export v2 (scope export-jobs:write)
      description: The lifecycle of \`POST /v3/export-jobs\`, without its contra-account check
        (v2 has none); 409 while the company has an open job.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/CreateExportJob' }
      responses:
        '201':
          description: The job, pending.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExportJobData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '409':
          description: EXPORT_ALREADY_IN_PROGRESS - the company has an open export job.
          headers:
            X-Sandbox-Reason: { $ref: '#/components/headers/X-Sandbox-Reason' }
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExceptionInfo' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v2/export-jobs/{jobId}:
    get:
      tags: [ Export ]
      operationId: getExportJobByIdV2
      x-sandbox-scope: export-jobs:read
      x-sandbox-target: [ { in: path, name: jobId, is: exportJob } ]
      x-pleo-source: pleo-export-openapi.yml
      summary: One export job, as Export v2 (scope export-jobs:read)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: jobId
          in: path
          required: true
          schema: { type: string, format: uuid }
      responses:
        '200':
          description: The job.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExportJobData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v2/export-jobs/{jobId}/items:
    get:
      tags: [ Export ]
      operationId: getExportJobItemsV2
      x-sandbox-scope: export-jobs:read
      x-sandbox-target: [ { in: path, name: jobId, is: exportJob } ]
      x-pleo-source: pleo-export-openapi.yml
      summary: The items of an export job, as Export v2 (scope export-jobs:read)
      description: A failure reason only v3 knows (\`vendor_unknown\`, \`account_unknown\`,
        \`tax_code_unknown\`, \`tag_unknown\`) reads as \`accounting_system_validation_failure\`.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: jobId
          in: path
          required: true
          schema: { type: string, format: uuid }
        - name: status
          in: query
          required: false
          schema: { $ref: '#/components/schemas/ExportJobItemStatus' }
        - $ref: '#/components/parameters/before'
        - $ref: '#/components/parameters/after'
        - $ref: '#/components/parameters/offset'
        - $ref: '#/components/parameters/limit'
        - $ref: '#/components/parameters/sorting_keys'
        - $ref: '#/components/parameters/sorting_order'
      responses:
        '200':
          description: A page of the job's items.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExportJobItemPageV2' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    put:
      tags: [ Export ]
      operationId: updateExportJobItemsV2
      x-sandbox-scope: export-jobs:write
      x-sandbox-target: [ { in: path, name: jobId, is: exportJob } ]
      x-pleo-source: pleo-export-openapi.yml
      summary: Report items' results, at most 100 per call, as Export v2 (scope export-jobs:write)
      description: The rules of \`PUT /v3/export-jobs/{jobId}/items\`, with v2's failure reasons.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: jobId
          in: path
          required: true
          schema: { type: string, format: uuid }
      requestBody:
        required: true
        content:
          application/json:
            schema: { type: array, items: { $ref: '#/components/schemas/UpdateExportJobItemV2' } }
      responses:
        '200':
          description: The updated items and the per-item errors.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExportJobItemUpdateResultV2' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '413':
          description: EXPORT_JOB_ITEMS_UPDATE_LIMIT - more than 100 items in one call.
          headers:
            X-Sandbox-Reason: { $ref: '#/components/headers/X-Sandbox-Reason' }
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExceptionInfo' }
        '422':
          description: EXPORT_JOB_STATUS_UNPROCESSABLE - the job is not in progress (pending, finished or expired).
          headers:
            X-Sandbox-Reason: { $ref: '#/components/headers/X-Sandbox-Reason' }
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExceptionInfo' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v2/export-job-events:
    post:
      tags: [ Export ]
      operationId: createExportJobEventV2
      x-sandbox-scope: export-jobs:write
      x-sandbox-target: [ { in: body, name: jobId, is: exportJob } ]
      x-pleo-source: pleo-export-openapi.yml
      summary: Move an export job along its lifecycle, as Export v2 (scope export-jobs:write)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/CreateExportJobEvent' }
      responses:
        '202': { description: The event was applied. }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '422':
          description: INVALID_EXPORT_JOB_STATUS_CHANGE - the job's status does not accept this event.
          headers:
            X-Sandbox-Reason: { $ref: '#/components/headers/X-Sandbox-Reason' }
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExceptionInfo' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v2/export-items:
    get:
      tags: [ Export ]
      operationId: getExportItemsV2
      x-sandbox-scope: export-items:read
      x-sandbox-target: [ { in: query, name: job_id, is: exportJob } ]
      x-pleo-source: pleo-export-openapi.yml
      summary: A running job's entries as Export v2 items (scope export-items:read)
      description: Without \`job_id\`, the company's open job. Only pending and in_progress
        jobs give items. v2 items carry \`teamCode\` and no \`contraAccount\`.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: job_id
          in: query
          required: false
          schema: { type: string, format: uuid }
        - $ref: '#/components/parameters/before'
        - $ref: '#/components/parameters/after'
        - $ref: '#/components/parameters/offset'
        - $ref: '#/components/parameters/limit'
        - $ref: '#/components/parameters/sorting_keys'
        - $ref: '#/components/parameters/sorting_order'
      responses:
        '200':
          description: A page of export items.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExportItemPageV2' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '422':
          description: EXPORT_JOB_STATUS_UNPROCESSABLE - the job is finished or expired.
          headers:
            X-Sandbox-Reason: { $ref: '#/components/headers/X-Sandbox-Reason' }
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExceptionInfo' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /sandbox/world:
    get:
      tags: [ Sandbox ]
      operationId: getSandboxWorld
      summary: Organisations, companies (with features), web-app users and the scope
        catalogue
      security: []
      responses:
        '200':
          description: The world.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/SandboxWorldData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /sandbox/api-keys:
    get:
      tags: [ Sandbox ]
      operationId: listSandboxApiKeys
      summary: The acting user's company's keys (never the secret)
      description: Paged like Pleo's lists (default 20, at most 100), newest first unless sorted.
      security: []
      parameters:
        - $ref: '#/components/parameters/UserHeader'
        - $ref: '#/components/parameters/before'
        - $ref: '#/components/parameters/after'
        - $ref: '#/components/parameters/offset'
        - $ref: '#/components/parameters/limit'
        - $ref: '#/components/parameters/sorting_keys'
        - $ref: '#/components/parameters/sorting_order'
      responses:
        '200':
          description: A page of the keys, newest first.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ApiKeyList' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    post:
      tags: [ Sandbox ]
      operationId: createSandboxApiKey
      summary: Create an API key (Settings > API Keys > Create API Key)
      description: The secret \`key\` is in this response and nowhere else, ever.
      security: []
      parameters:
        - $ref: '#/components/parameters/UserHeader'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/CreateApiKeyRequest' }
      responses:
        '201':
          description: The key, with its secret shown once.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/CreatedApiKeyData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '409': { $ref: '#/components/responses/LimitReached' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /sandbox/api-keys/{id}:
    delete:
      tags: [ Sandbox ]
      operationId: deleteSandboxApiKey
      summary: Delete (revoke) a key at once
      security: []
      parameters:
        - $ref: '#/components/parameters/UserHeader'
        - name: id
          in: path
          required: true
          schema: { type: string, format: uuid }
      responses:
        '204': { description: Deleted; the key is refused (401) from now on. }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /sandbox/oauth-apps:
    get:
      tags: [ Sandbox ]
      operationId: listSandboxOAuthApps
      summary: The OAuth apps the acting user's company registered (never the client secret)
      security: []
      parameters:
        - $ref: '#/components/parameters/UserHeader'
      responses:
        '200':
          description: The apps, newest first.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/OAuthAppList' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
    post:
      tags: [ Sandbox ]
      operationId: createSandboxOAuthApp
      summary: Register an OAuth app; its client secret is in this answer only
      description: |
        The app may ask for the listed scopes, and only send users back to the listed redirect URIs
        (compared exactly, as OAuth requires). \`clientSecret\` is shown once and stored as a hash.
      security: []
      parameters:
        - $ref: '#/components/parameters/UserHeader'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/CreateOAuthAppRequest' }
      responses:
        '201':
          description: The app, with its client secret shown once.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/CreatedOAuthAppData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '409': { $ref: '#/components/responses/LimitReached' }

  /sandbox/oauth-apps/{id}:
    delete:
      tags: [ Sandbox ]
      operationId: deleteSandboxOAuthApp
      summary: Delete an OAuth app; its tokens, installations and integrated keys stop working at once
      security: []
      parameters:
        - $ref: '#/components/parameters/UserHeader'
        - name: id
          in: path
          required: true
          schema: { type: string, format: uuid }
      responses:
        '204': { description: Deleted. }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }

  /sandbox/installations:
    get:
      tags: [ Sandbox ]
      operationId: listSandboxInstallations
      summary: The apps installed in the acting user's company (and organisation), by OAuth or with an integrated key
      security: []
      parameters:
        - $ref: '#/components/parameters/UserHeader'
      responses:
        '200':
          description: The live installations, newest first.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/SandboxInstallationList' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
    post:
      tags: [ Sandbox ]
      operationId: createSandboxInstallation
      summary: Install an app in a company and get its Integrated API Key (shown once)
      description: |
        An admin of the company approves some of the app's scopes. The answer holds the installation
        and its Integrated API Key (\`key\`), which is sent like any key (Basic), is listed under
        \`GET /sandbox/api-keys\`, and stops working when the installation is deleted. Installing an app
        again replaces the installation's key.
      security: []
      parameters:
        - $ref: '#/components/parameters/UserHeader'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/CreateSandboxInstallationRequest' }
      responses:
        '201':
          description: The installation, with its Integrated API Key shown once.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/CreatedSandboxInstallationData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '409': { $ref: '#/components/responses/LimitReached' }

  /sandbox/installations/{id}:
    delete:
      tags: [ Sandbox ]
      operationId: deleteSandboxInstallation
      summary: Uninstall an app; its integrated key and OAuth tokens stop working at once
      security: []
      parameters:
        - $ref: '#/components/parameters/UserHeader'
        - name: id
          in: path
          required: true
          schema: { type: string, format: uuid }
      responses:
        '204': { description: Uninstalled. }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }

  /sandbox/webhooks/test:
    post:
      tags: [ Sandbox ]
      operationId: sendSandboxTestEvent
      summary: Emit a sample event now, as if Pleo had created an export job or a vendor
      description: |
        \`{subscriptionId}\` sends to that subscription alone (event type: \`eventType\`, or its first);
        \`{companyId, eventType}\` sends to every ACTIVE subscription of that company (and of its
        organisation) for that event type. The answer comes at once; deliveries run in the
        background and show up as DELIVERY activities of each subscription.
      security: []
      parameters:
        - $ref: '#/components/parameters/UserHeader'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/WebhookTestRequest' }
      responses:
        '202':
          description: The event, and the deliveries started for it.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/WebhookTestData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429':
          description: Too many webhook deliveries are pending (\`limit_reached\`); \`Retry-After\` says when to try again.
          headers:
            X-Sandbox-Reason: { $ref: '#/components/headers/X-Sandbox-Reason' }
            Retry-After: { schema: { type: integer } }
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ExceptionInfo' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /sandbox/clock:
    get:
      tags: [ Sandbox ]
      operationId: getSandboxClock
      summary: The sandbox's time
      security: []
      responses:
        '200':
          description: Now, by the sandbox clock.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ClockData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    post:
      tags: [ Sandbox ]
      operationId: setSandboxClock
      summary: Move the sandbox's time (keys and export jobs expire by it)
      security: []
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/SetClockRequest' }
      responses:
        '200':
          description: The new time.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/ClockData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /sandbox/reset:
    post:
      tags: [ Sandbox ]
      operationId: resetSandbox
      summary: Back to the seeded world and the real clock
      security: []
      responses:
        '204': { description: Reset. }
        '400': { $ref: '#/components/responses/BadRequest' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /healthz:
    get:
      tags: [ Tooling ]
      operationId: getHealth
      summary: Readiness, for CI wait loops
      description: Always 200 while the sandbox answers; needs no credential and reads no state.
      security: []
      responses:
        '200':
          description: The sandbox is up.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/Health' }

  /openapi.json:
    get:
      tags: [ Tooling ]
      operationId: getOpenApiJson
      summary: This contract as JSON, with \`servers\` pointing at this sandbox
      description: |
        The document you are reading, its \`servers\` replaced by the address the request reached
        (the Host header, or X-Forwarded-Proto, -Host and -Prefix behind a proxy). Import it into
        Postman, Insomnia or Bruno, or generate a client from it (openapi-typescript).
      security: []
      responses:
        '200':
          description: The OpenAPI 3.1 document.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/OpenApiDocument' }

  /openapi.yaml:
    get:
      tags: [ Tooling ]
      operationId: getOpenApiYaml
      summary: This contract as YAML, with \`servers\` pointing at this sandbox
      description: The same document as \`/openapi.json\`, as written in the sandbox's sources.
      security: []
      responses:
        '200':
          description: The OpenAPI 3.1 document.
          content:
            application/yaml:
              schema: { type: string }

  /v0/tag-groups:
    get:
      tags: [ Tags ]
      operationId: getTagGroups
      x-sandbox-scope: tag-groups:read
      x-sandbox-target: [ { in: query, name: company_id, is: company }, { in: query, name: organization_id, is: organisation } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: Tag groups of a company, or of every company of an organisation (scope
        tag-groups:read)
      description: |
        Send \`company_id\` or \`organization_id\`; with both, \`company_id\` wins; with neither, 400.
        Not paginated. Archived groups only with \`include_archived=true\`.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - {
            name: company_id,
            in: query,
            required: false,
            schema: { type: string, format: uuid }
          }
        - {
            name: organization_id,
            in: query,
            required: false,
            schema: { type: string, format: uuid }
          }
        - {
            name: include_archived,
            in: query,
            required: false,
            schema: { type: boolean, default: false }
          }
        - {
            name: include_tags_count,
            in: query,
            required: false,
            schema: { type: boolean, default: false }
          }
      responses:
        '200':
          description: The tag groups.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TagGroupList' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    post:
      tags: [ Tags ]
      operationId: createTagGroup
      x-sandbox-scope: tag-groups:write
      x-sandbox-target: [ { in: query, name: company_id, is: company } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: Create a tag group (scope tag-groups:write)
      description: Pleo documents only a default response; the sandbox answers 200, and
        409 when the company already has a group with that \`code\`.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/CompanyIdQuery'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/TagGroupCreateRequest' }
      responses:
        '200':
          description: The new tag group.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TagGroupData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '409': { $ref: '#/components/responses/Conflict' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v0/tag-groups/{groupId}:
    get:
      tags: [ Tags ]
      operationId: getTagGroup
      x-sandbox-scope: tag-groups:read
      x-sandbox-target: [ { in: path, name: groupId, is: tagGroup } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: One tag group (scope tag-groups:read)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/TagGroupId'
      responses:
        '200':
          description: The tag group.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TagGroupData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    put:
      tags: [ Tags ]
      operationId: updateTagGroup
      x-sandbox-scope: tag-groups:write
      x-sandbox-target: [ { in: path, name: groupId, is: tagGroup } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: Replace a tag group's name, code, archived flag and metadata (scope
        tag-groups:write)
      description: 409 when the new \`code\` belongs to another group of the company.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/TagGroupId'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/TagGroupUpdateRequest' }
      responses:
        '200':
          description: The updated tag group.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TagGroupData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '409': { $ref: '#/components/responses/Conflict' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    delete:
      tags: [ Tags ]
      operationId: deleteTagGroup
      x-sandbox-scope: tag-groups:write
      x-sandbox-target: [ { in: path, name: groupId, is: tagGroup } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: Delete a tag group and its tags (scope tag-groups:write)
      description: 409 while an accounting entry uses one of its tags (archive it instead).
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/TagGroupId'
      responses:
        '204': { description: Deleted. }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '409': { $ref: '#/components/responses/Conflict' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v0/tag-groups/{groupId}/tags:
    get:
      tags: [ Tags ]
      operationId: getTags
      x-sandbox-scope: tag-groups:read
      x-sandbox-target: [ { in: path, name: groupId, is: tagGroup } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: A page of a tag group's tags (scope tag-groups:read)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/TagGroupId'
        - $ref: '#/components/parameters/before'
        - $ref: '#/components/parameters/after'
        - $ref: '#/components/parameters/offset'
        - $ref: '#/components/parameters/limit'
        - $ref: '#/components/parameters/sorting_keys'
        - $ref: '#/components/parameters/sorting_order'
        - {
            name: include_archived,
            in: query,
            required: false,
            schema: { type: boolean, default: false }
          }
      responses:
        '200':
          description: A page of tags.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TagPage' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    post:
      tags: [ Tags ]
      operationId: createTag
      x-sandbox-scope: tag-groups:write
      x-sandbox-target: [ { in: path, name: groupId, is: tagGroup } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: Create a tag in a tag group (scope tag-groups:write)
      description: 409 when the group already has a tag with that \`code\`.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/TagGroupId'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/TagRequest' }
      responses:
        '201':
          description: The new tag.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TagData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '409': { $ref: '#/components/responses/Conflict' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v0/tags:
    get:
      tags: [ Tags ]
      operationId: searchTags
      x-sandbox-scope: tag-groups:read
      x-sandbox-target: [ { in: query, name: company_id, is: company } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: A page of a company's tags (scope tag-groups:read)
      description: |
        Deprecated by Pleo in favour of \`POST /v0/tags:search\`, still served. \`text_search\` matches
        code or name (case-insensitive); \`tag_group_id\` (repeatable) narrows to groups.
      deprecated: true
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/CompanyIdQuery'
        - { name: text_search, in: query, required: false, schema: { type: string } }
        - name: tag_group_id
          in: query
          required: false
          style: form
          explode: true
          schema: { type: array, items: { type: string, format: uuid } }
        - {
            name: include_archived,
            in: query,
            required: false,
            schema: { type: boolean, default: false }
          }
        - $ref: '#/components/parameters/before'
        - $ref: '#/components/parameters/after'
        - $ref: '#/components/parameters/offset'
        - $ref: '#/components/parameters/limit'
        - $ref: '#/components/parameters/sorting_keys'
        - $ref: '#/components/parameters/sorting_order'
      responses:
        '200':
          description: A page of tags.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TagPage' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

    delete:
      tags: [ Tags ]
      operationId: bulkDeleteTags
      x-sandbox-scope: tag-groups:write
      x-sandbox-target: [ { in: body, name: companyId, is: company } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: Delete up to 100 tags of one company at once (scope tag-groups:write)
      description: |
        All or nothing: when any id is not a tag of \`companyId\` the sandbox answers 404, and when
        an accounting entry uses any of them 409, each naming those ids; then no tag is deleted.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/BulkTagDeleteRequest' }
      responses:
        '204': { description: Deleted. }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '409': { $ref: '#/components/responses/Conflict' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v0/tags/{tagId}:
    get:
      tags: [ Tags ]
      operationId: getTag
      x-sandbox-scope: tag-groups:read
      x-sandbox-target: [ { in: path, name: tagId, is: tag } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: One tag (scope tag-groups:read)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/TagId'
      responses:
        '200':
          description: The tag.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TagData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    put:
      tags: [ Tags ]
      operationId: updateTag
      x-sandbox-scope: tag-groups:write
      x-sandbox-target: [ { in: path, name: tagId, is: tag } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: Update a tag's code, name and archived flag (scope tag-groups:write)
      description: 409 when the new \`code\` belongs to another tag of the group. A
        \`name\` left out keeps its value.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/TagId'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/TagRequest' }
      responses:
        '200':
          description: The updated tag.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TagData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '409': { $ref: '#/components/responses/Conflict' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    delete:
      tags: [ Tags ]
      operationId: deleteTag
      x-sandbox-scope: tag-groups:write
      x-sandbox-target: [ { in: path, name: tagId, is: tag } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: Delete a tag (scope tag-groups:write)
      description: 409 while an accounting entry uses it (archive it instead).
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/TagId'
      responses:
        '204': { description: Deleted. }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '409': { $ref: '#/components/responses/Conflict' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v0/tags:search:
    post:
      tags: [ Tags ]
      operationId: searchTagsPost
      x-sandbox-scope: tag-groups:read
      x-sandbox-target: [ { in: query, name: company_id, is: company }, { in: query, name: organization_id, is: organisation } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: A page of the tags of a company, or of every company of an organisation (scope
        tag-groups:read)
      description: |
        \`company_id\` wins over \`organization_id\`; an organisation-level key must send one of them.
        The body may be left out. \`archived\` (true or false) picks archived or active tags and
        overrides \`includeArchived\`; without either, only active tags. \`textSearch\` matches the
        tag's name, case-insensitively. Pleo documents only a default response; the sandbox answers 200.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/CompanyIdQuery'
        - { name: organization_id, in: query, required: false, schema: { type: string, format: uuid } }
        - $ref: '#/components/parameters/before'
        - $ref: '#/components/parameters/after'
        - $ref: '#/components/parameters/offset'
        - $ref: '#/components/parameters/limit'
        - $ref: '#/components/parameters/sorting_keys'
        - $ref: '#/components/parameters/sorting_order'
      requestBody:
        required: false
        content:
          application/json:
            schema: { $ref: '#/components/schemas/TagSearchRequest' }
      responses:
        '200':
          description: A page of tags.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TagPage' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v0/tags/archive:
    post:
      tags: [ Tags ]
      operationId: bulkArchiveTags
      x-sandbox-scope: tag-groups:write
      x-sandbox-target: [ { in: body, name: companyId, is: company } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: Archive or unarchive up to 100 tags of one company at once (scope tag-groups:write)
      description: |
        All or nothing: when any id is not a tag of \`companyId\`, the sandbox answers 404 naming
        those ids and changes no tag. Pleo documents only a default response; the sandbox answers
        200 with the changed tags.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/BulkTagArchiveRequest' }
      responses:
        '200':
          description: The changed tags, in the order their ids were sent.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TagList' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v0/tags/{tagId}/dimensions:
    get:
      tags: [ Tags ]
      operationId: getTagDimensionValues
      x-sandbox-scope: tag-groups:read
      x-sandbox-target: [ { in: path, name: tagId, is: tag } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: A tag's values of its group's dimensions (scope tag-groups:read)
      description: In the dimensions' display order; a dimension the tag has no value for is
        left out.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/TagId'
      responses:
        '200':
          description: The tag's dimension values.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TagDimensionValueList' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v0/tags/{tagId}/dimensions/{dimensionId}:
    get:
      tags: [ Tags ]
      operationId: getDimensionValue
      x-sandbox-scope: tag-groups:read
      x-sandbox-target: [ { in: path, name: tagId, is: tag } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: A tag's value of one dimension (scope tag-groups:read)
      description: 404 when the dimension is not one of the tag's group, or the tag has no value
        for it.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/TagId'
        - $ref: '#/components/parameters/DimensionId'
      responses:
        '200':
          description: The dimension value.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TagDimensionValueData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    post:
      tags: [ Tags ]
      operationId: createDimensionValue
      x-sandbox-scope: tag-groups:write
      x-sandbox-target: [ { in: path, name: tagId, is: tag } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: Give a tag a value for one dimension of its group (scope tag-groups:write)
      description: 409 when the tag already has a value for that dimension (change it with PUT).
        Pleo documents only a default response; the sandbox answers 200.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/TagId'
        - $ref: '#/components/parameters/DimensionId'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/TagDimensionValueRequest' }
      responses:
        '200':
          description: The new dimension value.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TagDimensionValueData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '409': { $ref: '#/components/responses/Conflict' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    put:
      tags: [ Tags ]
      operationId: updateDimensionValue
      x-sandbox-scope: tag-groups:write
      x-sandbox-target: [ { in: path, name: tagId, is: tag } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: Change a tag's value of one dimension (scope tag-groups:write)
      description: 404 when the tag has no value for that dimension yet (create it with POST).
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/TagId'
        - $ref: '#/components/parameters/DimensionId'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/TagDimensionValueRequest' }
      responses:
        '200':
          description: The changed dimension value.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TagDimensionValueData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    delete:
      tags: [ Tags ]
      operationId: deleteDimensionValue
      x-sandbox-scope: tag-groups:write
      x-sandbox-target: [ { in: path, name: tagId, is: tag } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: Remove a tag's value of one dimension (scope tag-groups:write)
      description: Answers 200 with the value as it was, as Pleo's document declares a body.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/TagId'
        - $ref: '#/components/parameters/DimensionId'
      responses:
        '200':
          description: The removed dimension value.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TagDimensionValueData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v0/tag-groups/{groupId}/dimensions:
    get:
      tags: [ Tags ]
      operationId: getTagGroupDimensions
      x-sandbox-scope: tag-groups:read
      x-sandbox-target: [ { in: path, name: groupId, is: tagGroup } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: A tag group's dimensions besides name and code (scope tag-groups:read)
      description: In display order. The name and code every tag has are not listed.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/TagGroupId'
      responses:
        '200':
          description: The group's dimensions.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TagGroupDimensionList' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    post:
      tags: [ Tags ]
      operationId: createTagGroupDimension
      x-sandbox-scope: tag-groups:write
      x-sandbox-target: [ { in: path, name: groupId, is: tagGroup } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: Add a dimension to a tag group (scope tag-groups:write)
      description: |
        The new dimension comes last (\`displayOrder\` one above the group's highest; a
        \`displayOrder\` sent is ignored, as Pleo's document says). Existing tags get no value for
        it. 409 when the group already has a dimension with that \`code\`. Pleo documents only a
        default response; the sandbox answers 200.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/TagGroupId'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/TagGroupDimensionCreateRequest' }
      responses:
        '200':
          description: The new dimension.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TagGroupDimensionData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '409': { $ref: '#/components/responses/Conflict' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v0/tag-groups/{groupId}/dimensions/{dimensionId}:
    get:
      tags: [ Tags ]
      operationId: getTagGroupDimension
      x-sandbox-scope: tag-groups:read
      x-sandbox-target: [ { in: path, name: groupId, is: tagGroup } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: One dimension of a tag group (scope tag-groups:read)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/TagGroupId'
        - $ref: '#/components/parameters/DimensionId'
      responses:
        '200':
          description: The dimension.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TagGroupDimensionData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    put:
      tags: [ Tags ]
      operationId: updateTagGroupDimension
      x-sandbox-scope: tag-groups:write
      x-sandbox-target: [ { in: path, name: groupId, is: tagGroup } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: Replace a dimension's code, name, display order and visibility (scope
        tag-groups:write)
      description: 409 when the new \`code\` belongs to another dimension of the group. Other
        dimensions keep their \`displayOrder\`.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/TagGroupId'
        - $ref: '#/components/parameters/DimensionId'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/TagGroupDimensionUpdateRequest' }
      responses:
        '200':
          description: The updated dimension.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TagGroupDimensionData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '409': { $ref: '#/components/responses/Conflict' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    delete:
      tags: [ Tags ]
      operationId: deleteTagGroupDimension
      x-sandbox-scope: tag-groups:write
      x-sandbox-target: [ { in: path, name: groupId, is: tagGroup } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: Delete a dimension of a tag group, with every tag's value of it (scope
        tag-groups:write)
      description: Pleo documents only a default response without a body; the sandbox answers 204.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/TagGroupId'
        - $ref: '#/components/parameters/DimensionId'
      responses:
        '204': { description: Deleted. }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v0/tag-groups/{groupId}/usage:
    get:
      tags: [ Tags ]
      operationId: getTagGroupUsage
      x-sandbox-scope: tag-groups:read
      x-sandbox-target: [ { in: path, name: groupId, is: tagGroup } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: How many accounting entries use each tag of a group (scope tag-groups:read)
      description: Every tag of the group, archived ones too, with the number of entries whose
        tags or split items name it (an entry counts once).
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/TagGroupId'
      responses:
        '200':
          description: The group's usage.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TagGroupUsageData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v0/aggregations/tag-groups:
    get:
      tags: [ Tags ]
      operationId: getAggregatedTagGroups
      x-sandbox-scope: tag-groups:read
      x-sandbox-target: [ { in: query, name: company_id, is: company }, { in: query, name: organization_id, is: organisation } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: Tag groups with their dimensions, for a company or every company of an
        organisation (scope tag-groups:read)
      description: |
        Send \`company_id\` or \`organization_id\`; with both, \`company_id\` wins; with neither, 400.
        Active groups only, unless \`tag_group_ids\` names groups: then exactly those, archived or
        not. Not paginated. Pleo documents only a default response; the sandbox answers 200.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - { name: company_id, in: query, required: false, schema: { type: string, format: uuid } }
        - { name: organization_id, in: query, required: false, schema: { type: string, format: uuid } }
        - name: tag_group_ids
          in: query
          required: false
          style: form
          explode: true
          schema: { type: array, items: { type: string, format: uuid } }
      responses:
        '200':
          description: The tag groups with their dimensions.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/AggregatedTagGroupList' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v0/aggregations/tags:
    post:
      tags: [ Tags ]
      operationId: searchAggregatedTags
      x-sandbox-scope: tag-groups:read
      x-sandbox-target: [ { in: query, name: company_id, is: company } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: A page of a company's tags with their group and dimension values (scope
        tag-groups:read)
      description: |
        The same filters as \`POST /v0/tags:search\`, for one company. Each tag lists every
        dimension of its group, with \`value\` empty where the tag has none. Pleo documents only a
        default response; the sandbox answers 200.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/CompanyIdQuery'
        - $ref: '#/components/parameters/before'
        - $ref: '#/components/parameters/after'
        - $ref: '#/components/parameters/offset'
        - $ref: '#/components/parameters/limit'
        - $ref: '#/components/parameters/sorting_keys'
        - $ref: '#/components/parameters/sorting_order'
      requestBody:
        required: false
        content:
          application/json:
            schema: { $ref: '#/components/schemas/TagSearchRequest' }
      responses:
        '200':
          description: A page of aggregated tags.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/AggregatedTagPage' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v0/tax-codes:
    post:
      tags: [ Tax codes ]
      operationId: createTaxCode
      x-sandbox-scope: tax-codes:write
      x-sandbox-target: [ { in: body, name: companyId, is: company } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: Create a tax code for the company in the body (scope tax-codes:write)
      description: Pleo documents only a default response; the sandbox answers 200.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/TaxCodeRequest' }
      responses:
        '200':
          description: The new tax code.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TaxCodeData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v0/tax-codes/{taxCodeId}:
    get:
      tags: [ Tax codes ]
      operationId: getTaxCode
      x-sandbox-scope: tax-codes:read
      x-sandbox-target: [ { in: path, name: taxCodeId, is: taxCode } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: One tax code (scope tax-codes:read)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/TaxCodeId'
      responses:
        '200':
          description: The tax code.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TaxCodeData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    put:
      tags: [ Tax codes ]
      operationId: updateTaxCode
      x-sandbox-scope: tax-codes:write
      x-sandbox-target: [ { in: path, name: taxCodeId, is: taxCode } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: Update a tax code (scope tax-codes:write)
      description: The body's \`companyId\` must be the tax code's own company. Optional
        fields left out keep their value; \`null\` clears them.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/TaxCodeId'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/TaxCodeRequest' }
      responses:
        '200':
          description: The updated tax code.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TaxCodeData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    delete:
      tags: [ Tax codes ]
      operationId: deleteTaxCode
      x-sandbox-scope: tax-codes:write
      x-sandbox-target: [ { in: path, name: taxCodeId, is: taxCode } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: Delete a tax code (scope tax-codes:write)
      description: 409 while an accounting entry uses it (archive it instead).
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/TaxCodeId'
      responses:
        '204': { description: Deleted. }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '409': { $ref: '#/components/responses/Conflict' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v0/tax-codes:search:
    post:
      tags: [ Tax codes ]
      operationId: getTaxCodes
      x-sandbox-scope: tax-codes:read
      x-sandbox-target: [ { in: query, name: company_id, is: company } ]
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: Search a company's tax codes (scope tax-codes:read)
      description: The body is optional; without \`archived\` both archived and active
        codes are returned.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/CompanyIdQuery'
        - $ref: '#/components/parameters/before'
        - $ref: '#/components/parameters/after'
        - $ref: '#/components/parameters/offset'
        - $ref: '#/components/parameters/limit'
        - $ref: '#/components/parameters/sorting_keys'
        - $ref: '#/components/parameters/sorting_order'
      requestBody:
        required: false
        content:
          application/json:
            schema: { $ref: '#/components/schemas/TaxCodeSearchRequest' }
      responses:
        '200':
          description: A page of tax codes.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TaxCodePage' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v0/tax-codes:calculate-tax-amounts:
    post:
      tags: [ Tax codes ]
      operationId: calculateTax
      x-sandbox-scope: tax-codes:read
      x-pleo-source: pleo-gjoll-openapi.yml
      summary: Gross, net and tax of amounts under tax codes (scope tax-codes:read)
      description: |
        Each tax code id (of a company the key covers) maps to amounts, each with an \`id\` of the caller's
        choosing that the answer repeats. An \`inclusive\` code's amount is the gross, an \`exclusive\` code's
        the net; a \`reverse\` code's amount is both (the tax is self-assessed on top). Tax is rounded to
        the minor unit, half away from zero; every result keeps the amount's currency.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/CalculateTaxesRequest' }
      responses:
        '200':
          description: The breakdown of every amount, by tax code id.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/CalculateTaxesData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/chart-of-accounts:
    post:
      tags: [ Chart of accounts ]
      operationId: createAccountV1
      x-sandbox-scope: accounts:write
      x-sandbox-target: [ { in: body, name: companyId, is: company } ]
      x-pleo-source: pleo-chart-of-accounts-openapi.yml
      summary: Create an account (scope accounts:write)
      description: |
        201 when created; 200 with the existing account when one with the same \`companyId\` and
        \`externalId\` already holds exactly these values; 409 when it holds different ones.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/AccountCreateRequest' }
      responses:
        '200':
          description: The request matched an existing account.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/AccountData' }
        '201':
          description: The new account.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/AccountData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '409': { $ref: '#/components/responses/Conflict' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/chart-of-accounts/batch:
    post:
      tags: [ Chart of accounts ]
      operationId: createAccountsBatchV1
      x-sandbox-scope: accounts:write
      x-sandbox-target: [ { in: body, name: companyId, is: company } ]
      x-pleo-source: pleo-chart-of-accounts-openapi.yml
      summary: Create up to 1000 accounts; each item is created or reported as failed
        (scope accounts:write)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/AccountBatchRequest' }
      responses:
        '201':
          description: The created accounts and the failed items with their reasons.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/AccountBatchData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/chart-of-accounts/{accountId}:
    get:
      tags: [ Chart of accounts ]
      operationId: getAccountV1
      x-sandbox-scope: accounts:read
      x-sandbox-target: [ { in: path, name: accountId, is: account } ]
      x-pleo-source: pleo-chart-of-accounts-openapi.yml
      summary: One account (scope accounts:read)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/AccountId'
      responses:
        '200':
          description: The account.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/AccountData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    put:
      tags: [ Chart of accounts ]
      operationId: updateAccountV1
      x-sandbox-scope: accounts:write
      x-sandbox-target: [ { in: path, name: accountId, is: account } ]
      x-pleo-source: pleo-chart-of-accounts-openapi.yml
      summary: Update an account's name, archived flag, code, tax code and metadata
        (scope accounts:write)
      description: |
        Optional fields left out keep their value; \`null\` clears them. \`taxCodeExternalId\` must be the
        \`code\` of one of the company's tax codes (400 otherwise). A new \`code\` reaches the \`accountCode\`
        of the accounting entries that use the account. Archive an account that entries use instead of deleting it.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/AccountId'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/AccountUpdateRequest' }
      responses:
        '200':
          description: The updated account.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/AccountData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    delete:
      tags: [ Chart of accounts ]
      operationId: deleteAccountV1
      x-sandbox-scope: accounts:write
      x-sandbox-target: [ { in: path, name: accountId, is: account } ]
      x-pleo-source: pleo-chart-of-accounts-openapi.yml
      summary: Delete an account no accounting entry uses (scope accounts:write)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/AccountId'
      responses:
        '204': { description: Deleted. }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '409': { $ref: '#/components/responses/Conflict' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/chart-of-accounts:search:
    post:
      tags: [ Chart of accounts ]
      operationId: searchAccountsV1
      x-sandbox-scope: accounts:read
      x-sandbox-target: [ { in: body, name: companyId, is: company } ]
      x-pleo-source: pleo-chart-of-accounts-openapi.yml
      x-pleo-differences: [ body ]
      summary: Search the accounts of the company in the body (scope accounts:read)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/before'
        - $ref: '#/components/parameters/after'
        - $ref: '#/components/parameters/offset'
        - $ref: '#/components/parameters/limit'
        - $ref: '#/components/parameters/sorting_keys'
        - $ref: '#/components/parameters/sorting_order'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/AccountSearchRequest' }
      responses:
        '200':
          description: A page of accounts.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/AccountPage' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/vendors:
    post:
      tags: [ Vendors ]
      operationId: postVendor
      x-sandbox-scope: vendors:write
      x-sandbox-target: [ { in: body, name: companyId, is: company } ]
      x-pleo-source: pleo-vendors-openapi.yml
      summary: Create a vendor (scope vendors:write)
      description: |
        409 when the company already has a vendor with that \`externalId\`. A vendor with an
        \`externalId\` starts ACTIVE, one without starts DRAFT. Emits \`v1.vendor.created\`.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/VendorCreateRequest' }
      responses:
        '201':
          description: The new vendor.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/VendorData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '409': { $ref: '#/components/responses/Conflict' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/vendors/{id}:
    get:
      tags: [ Vendors ]
      operationId: getVendorById
      x-sandbox-scope: vendors:read
      x-sandbox-target: [ { in: path, name: id, is: vendor } ]
      x-pleo-source: pleo-vendors-openapi.yml
      summary: One vendor (scope vendors:read)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/VendorId'
      responses:
        '200':
          description: The vendor.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/VendorData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }
    put:
      tags: [ Vendors ]
      operationId: updateVendor
      x-sandbox-scope: vendors:write
      x-sandbox-target: [ { in: path, name: id, is: vendor } ]
      x-pleo-source: pleo-vendors-openapi.yml
      summary: Update a vendor (scope vendors:write)
      description: |
        The body's \`companyId\` must be the vendor's own company (400 otherwise); 409 when
        \`externalId\` belongs to another vendor of the company. Optional fields left out keep their value.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/VendorId'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/VendorUpdateRequest' }
      responses:
        '200':
          description: The updated vendor.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/VendorData' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '409': { $ref: '#/components/responses/Conflict' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/vendors/{id}:activate:
    post:
      tags: [ Vendors ]
      operationId: activateVendor
      x-sandbox-scope: vendors:write
      x-sandbox-target: [ { in: path, name: id, is: vendor } ]
      x-pleo-source: pleo-vendors-openapi.yml
      summary: Mark a vendor as created in the ERP, with its externalId (scope
        vendors:write)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/VendorId'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/VendorActivateRequest' }
      responses:
        '204': { description: Activated. }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/vendors/{id}:archive:
    post:
      tags: [ Vendors ]
      operationId: archiveVendorById
      x-sandbox-scope: vendors:write
      x-sandbox-target: [ { in: path, name: id, is: vendor } ]
      x-pleo-source: pleo-vendors-openapi.yml
      summary: Archive a vendor (scope vendors:write)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - $ref: '#/components/parameters/VendorId'
      responses:
        '204': { description: Archived. }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '404': { $ref: '#/components/responses/NotFound' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/vendors:search:
    post:
      tags: [ Vendors ]
      operationId: searchVendors
      x-sandbox-scope: vendors:read
      x-sandbox-target: [ { in: query, name: company_id, is: company } ]
      x-pleo-source: pleo-vendors-openapi.yml
      summary: Search a company's vendors (scope vendors:read; company_id required)
      description: The body is optional; each list filter takes at most 100 values
        (\`states\` 4). \`name\` matches case-insensitively as a substring.
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - {
            name: company_id,
            in: query,
            required: true,
            schema: { type: string, format: uuid }
          }
        - $ref: '#/components/parameters/before'
        - $ref: '#/components/parameters/after'
        - $ref: '#/components/parameters/offset'
        - $ref: '#/components/parameters/limit'
        - $ref: '#/components/parameters/sorting_keys'
        - $ref: '#/components/parameters/sorting_order'
      requestBody:
        required: false
        content:
          application/json:
            schema: { $ref: '#/components/schemas/VendorSearchRequest' }
      responses:
        '200':
          description: A page of vendors.
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/VendorPage' }
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  # Vendor CSV import jobs: Pleo documents them (marked x-exclude), the sandbox answers 501.
  /v1/vendors/csv-import/jobs:
    post:
      tags: [ Vendors ]
      operationId: createCsvImportJobV1
      x-sandbox-scope: vendors:write
      x-sandbox-target: [ { in: body, name: companyId, is: company } ]
      x-pleo-source: pleo-vendors-openapi.yml
      x-sandbox-unmodelled: true
      summary: Create a vendor CSV import job (not modelled, 501)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/CsvImportJobCreateRequest' }
      responses:
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '501': { $ref: '#/components/responses/NotModelled' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/vendors/csv-import/jobs/{jobId}:
    get:
      tags: [ Vendors ]
      operationId: getCsvImportJobV1
      x-sandbox-scope: vendors:read
      x-pleo-source: pleo-vendors-openapi.yml
      x-sandbox-unmodelled: true
      summary: A vendor CSV import job (not modelled, 501)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: jobId
          in: path
          required: true
          schema: { type: string, format: uuid }
      responses:
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '501': { $ref: '#/components/responses/NotModelled' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/vendors/csv-import/jobs/{jobId}/errors:
    get:
      tags: [ Vendors ]
      operationId: getCsvImportJobErrorsV1
      x-sandbox-scope: vendors:read
      x-pleo-source: pleo-vendors-openapi.yml
      x-sandbox-unmodelled: true
      summary: The row errors of a vendor CSV import job (not modelled, 501)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: jobId
          in: path
          required: true
          schema: { type: string, format: uuid }
        - $ref: '#/components/parameters/before'
        - $ref: '#/components/parameters/after'
        - $ref: '#/components/parameters/offset'
        - $ref: '#/components/parameters/limit'
        - $ref: '#/components/parameters/sorting_keys'
        - $ref: '#/components/parameters/sorting_order'
      responses:
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '501': { $ref: '#/components/responses/NotModelled' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/vendors/csv-import/jobs/{jobId}/metadata:
    put:
      tags: [ Vendors ]
      operationId: updateCsvImportJobMetadataV1
      x-sandbox-scope: vendors:write
      x-pleo-source: pleo-vendors-openapi.yml
      x-sandbox-unmodelled: true
      summary: Replace or merge a vendor CSV import job's metadata (not modelled, 501)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: jobId
          in: path
          required: true
          schema: { type: string, format: uuid }
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/CsvImportJobMetadataRequest' }
      responses:
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '501': { $ref: '#/components/responses/NotModelled' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/vendors/csv-import/jobs/{jobId}/status:
    put:
      tags: [ Vendors ]
      operationId: updateCsvImportJobStatusV1
      x-sandbox-scope: vendors:write
      x-pleo-source: pleo-vendors-openapi.yml
      x-sandbox-unmodelled: true
      summary: Set a vendor CSV import job's status (not modelled, 501)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: jobId
          in: path
          required: true
          schema: { type: string, format: uuid }
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/CsvImportJobStatusRequest' }
      responses:
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '501': { $ref: '#/components/responses/NotModelled' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/vendors/csv-import/jobs/{jobId}:get-presigned-url:
    post:
      tags: [ Vendors ]
      operationId: getCsvImportJobPresignedUrlV1
      x-sandbox-scope: vendors:write
      x-pleo-source: pleo-vendors-openapi.yml
      x-sandbox-unmodelled: true
      summary: A pre-signed URL to upload a vendor CSV file to (not modelled, 501)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: jobId
          in: path
          required: true
          schema: { type: string, format: uuid }
      responses:
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '501': { $ref: '#/components/responses/NotModelled' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/vendors/csv-import/jobs/{jobId}:run:
    post:
      tags: [ Vendors ]
      operationId: runCsvImportJobV1
      x-sandbox-scope: vendors:write
      x-pleo-source: pleo-vendors-openapi.yml
      x-sandbox-unmodelled: true
      summary: Run a vendor CSV import job (not modelled, 501)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: jobId
          in: path
          required: true
          schema: { type: string, format: uuid }
      responses:
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '501': { $ref: '#/components/responses/NotModelled' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /v1/vendors/csv-import/jobs:search:
    post:
      tags: [ Vendors ]
      operationId: searchCsvImportJobsV1
      x-sandbox-scope: vendors:read
      x-sandbox-target: [ { in: query, name: company_id, is: company } ]
      x-pleo-source: pleo-vendors-openapi.yml
      x-sandbox-unmodelled: true
      summary: Search vendor CSV import jobs (not modelled, 501)
      parameters:
        - $ref: '#/components/parameters/ScenarioHeader'
        - name: company_id
          in: query
          required: true
          schema: { type: string, format: uuid }
        - $ref: '#/components/parameters/before'
        - $ref: '#/components/parameters/after'
        - $ref: '#/components/parameters/offset'
        - $ref: '#/components/parameters/limit'
        - $ref: '#/components/parameters/sorting_keys'
        - $ref: '#/components/parameters/sorting_order'
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/CsvImportJobSearchRequest' }
      responses:
        '400': { $ref: '#/components/responses/BadRequest' }
        '401': { $ref: '#/components/responses/Unauthorized' }
        '403': { $ref: '#/components/responses/Forbidden' }
        '501': { $ref: '#/components/responses/NotModelled' }
        '429': { $ref: '#/components/responses/TooManyRequests' }
        '5XX': { $ref: '#/components/responses/ServerError' }

  /oauth/authorize:
    get:
      tags: [ OAuth ]
      operationId: oauthAuthorize
      x-sandbox-errors: page
      summary: Authorization Code with PKCE (S256); the consent page, or at once a redirect
      description: |
        Without \`X-Sandbox-Consent\` the answer is the consent page, where a web-app user picks who
        they are and the company (or organisation) and approves or denies the app's scopes. With
        \`X-Sandbox-User\` and \`X-Sandbox-Consent\` the decision is taken at once: a 302 to
        \`redirect_uri\` with \`code\` and \`state\`, or with \`error\` (\`access_denied\`, \`invalid_scope\`,
        \`invalid_request\`, \`unsupported_response_type\`) and \`state\`. An unknown \`client_id\` or a
        \`redirect_uri\` the app did not register is never redirected to: the page answers 400.
      security: []
      parameters:
        - { name: response_type, in: query, required: false, schema: { type: string }, description: '\`code\`.' }
        - { name: client_id, in: query, required: false, schema: { type: string } }
        - { name: redirect_uri, in: query, required: false, schema: { type: string }, description: 'One of the app''s redirect URIs, exactly; may be left out when the app has only one.' }
        - { name: scope, in: query, required: false, schema: { type: string }, description: 'Space-separated; defaults to every scope the app registered.' }
        - { name: state, in: query, required: false, schema: { type: string }, description: 'Sent back unchanged.' }
        - { name: code_challenge, in: query, required: false, schema: { type: string }, description: 'BASE64URL(SHA-256(code_verifier)), 43 characters.' }
        - { name: code_challenge_method, in: query, required: false, schema: { type: string }, description: '\`S256\`, the only method accepted.' }
        - $ref: '#/components/parameters/ConsentUserHeader'
        - $ref: '#/components/parameters/ConsentHeader'
        - $ref: '#/components/parameters/ConsentResourceHeader'
      responses:
        '200':
          description: The consent page.
          content:
            text/html;charset=UTF-8:
              schema: { type: string }
        '302': { $ref: '#/components/responses/OAuthRedirect' }
        '400': { $ref: '#/components/responses/OAuthPageError' }
        '401': { $ref: '#/components/responses/OAuthPageError' }
    post:
      tags: [ OAuth ]
      operationId: oauthConsent
      x-sandbox-errors: page
      summary: The consent page's form (the user's decision), answered with the redirect
      description: |
        What the consent page posts: the authorization request's parameters again, plus \`user\` (id or
        email), \`resource\` (a company or organisation id; default the user's company) and \`consent\`
        (\`approve\` or \`deny\`). Answers as \`GET /oauth/authorize\` does with the sandbox headers.
      security: []
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema: { $ref: '#/components/schemas/ConsentForm' }
      responses:
        '302': { $ref: '#/components/responses/OAuthRedirect' }
        '400': { $ref: '#/components/responses/OAuthPageError' }
        '401': { $ref: '#/components/responses/OAuthPageError' }
        '413': { $ref: '#/components/responses/OAuthPageError' }

  /oauth/token:
    post:
      tags: [ OAuth ]
      operationId: oauthToken
      x-sandbox-errors: oauth
      summary: Exchange a code, or a refresh token, for an access token and a new refresh token
      description: |
        \`grant_type=authorization_code\` with \`code\`, \`redirect_uri\` (as sent to /oauth/authorize) and
        \`code_verifier\`; or \`grant_type=refresh_token\` with \`refresh_token\` (and optionally a narrower
        \`scope\`). The client authenticates with \`Authorization: Basic base64(client_id:client_secret)\`
        or with \`client_id\` and \`client_secret\` in the body. A code is single-use and lives 10
        minutes; a refresh token is single-use too: each refresh rotates both tokens, and sending a
        spent or expired refresh token again revokes every token of its grant. Refusals follow RFC
        6749: \`{error, error_description}\`.
      security: []
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema: { $ref: '#/components/schemas/TokenRequest' }
      responses:
        '200':
          description: The tokens.
          headers:
            Cache-Control: { schema: { type: string, const: no-store } }
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TokenResponse' }
        '400': { $ref: '#/components/responses/OAuthError' }
        '401': { $ref: '#/components/responses/OAuthError' }
        '413': { $ref: '#/components/responses/OAuthError' }

  /oauth/token/introspect:
    post:
      tags: [ OAuth ]
      operationId: oauthIntrospect
      x-sandbox-errors: oauth
      summary: Whether an access or refresh token is active, and its claims (RFC 7662)
      description: |
        The client authenticates as at \`/oauth/token\` and learns only about its own tokens: any other,
        expired, revoked or unknown token is \`{"active": false}\`.
      security: []
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema: { $ref: '#/components/schemas/TokenIntrospectionRequest' }
      responses:
        '200':
          description: The token's state.
          headers:
            Cache-Control: { schema: { type: string, const: no-store } }
          content:
            application/json;charset=UTF-8:
              schema: { $ref: '#/components/schemas/TokenIntrospection' }
        '400': { $ref: '#/components/responses/OAuthError' }
        '401': { $ref: '#/components/responses/OAuthError' }
        '413': { $ref: '#/components/responses/OAuthError' }

  /oauth/token/revoke:
    post:
      tags: [ OAuth ]
      operationId: oauthRevoke
      x-sandbox-errors: oauth
      summary: Revoke a token (RFC 7009); a refresh token takes its whole grant with it
      description: |
        The client authenticates as at \`/oauth/token\`. Revoking an access token ends that token;
        revoking a refresh token ends every token of its grant. An unknown token (or another client's)
        is answered 200 too, as RFC 7009 says.
      security: []
      requestBody:
        required: true
        content:
          application/x-www-form-urlencoded:
            schema: { $ref: '#/components/schemas/TokenIntrospectionRequest' }
      responses:
        '200': { description: Revoked (or nothing to revoke). }
        '400': { $ref: '#/components/responses/OAuthError' }
        '401': { $ref: '#/components/responses/OAuthError' }
        '413': { $ref: '#/components/responses/OAuthError' }

components:
  securitySchemes:
    basicAuth:
      type: http
      scheme: basic
      description: The API key as the username and an empty password, i.e. \`Basic
        base64("<key>:")\`.

    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
      description: An OAuth 2.0 access token from \`POST /oauth/token\`.

  parameters:
    accountingEntryId:
      name: accountingEntryId
      in: path
      required: true
      schema: { type: string, format: uuid }
    ScenarioHeader:
      name: X-Sandbox-Scenario
      in: header
      required: false
      description: Force a scenario (an id from \`scenarios/\`); it changes the key
        before the checks run.
      schema: { type: string }
    FaultHeader:
      name: X-Sandbox-Fault
      in: header
      required: false
      description: 'Inject a fault on a Pleo operation: \`latency=<n>ms\`, \`status=<code>\` (429,
        500, 502, 503, 504), \`reset\` (the connection is dropped), \`timeout\` (no answer), or latency
        with one of the others, comma-separated.'
      schema: { type: string }
    WorkspaceHeader:
      name: X-Sandbox-Workspace
      in: header
      required: false
      description: Names an isolated sandbox (created on first use) to answer this request.
      schema: { $ref: '#/components/schemas/WorkspaceName' }
    UserHeader:
      name: X-Sandbox-User
      in: header
      required: true
      description: The acting web-app user, by id or email (see \`GET /sandbox/world\`).
      schema: { type: string }
    SubscriptionId:
      name: id
      in: path
      required: true
      description: The subscription's id.
      schema: { type: string, format: uuid }
    before:
      name: before
      in: query
      required: false
      schema: { type: string, pattern: '^[A-Z2-7=~]+$' }
    after:
      name: after
      in: query
      required: false
      schema: { type: string, pattern: '^[A-Z2-7=~]+$' }
    offset:
      name: offset
      in: query
      required: false
      schema: { type: integer, format: int64, minimum: 0 }
    limit:
      name: limit
      in: query
      required: false
      description: Items per page. Pleo's documents give no maximum here (Export's give a
        minimum of 0); the sandbox defaults to 20.
      schema: { type: integer, format: int32, minimum: 0, default: 20 }
    limitUpTo100:
      name: limit
      in: query
      required: false
      description: Items per page, 1 to 100 (Gjoll's entry list).
      schema: { type: integer, format: int32, minimum: 1, maximum: 100, default: 20 }
    sorting_keys:
      name: sorting_keys
      in: query
      required: false
      style: form
      explode: true
      schema: { type: array, items: { type: string } }
    sorting_order:
      name: sorting_order
      in: query
      required: false
      style: form
      explode: true
      schema: { type: array, items: { $ref: '#/components/schemas/PageOrder' } }

    CompanyIdQuery:
      name: company_id
      in: query
      required: false
      description: The company; a company-level key may omit it (its own company), an
        organisation-level key must send it.
      schema: { type: string, format: uuid }
    TagGroupId:
      name: groupId
      in: path
      required: true
      schema: { type: string, format: uuid }
    TagId:
      name: tagId
      in: path
      required: true
      schema: { type: string, format: uuid }
    DimensionId:
      name: dimensionId
      in: path
      required: true
      schema: { type: string, format: uuid }
    TaxCodeId:
      name: taxCodeId
      in: path
      required: true
      schema: { type: string, format: uuid }
    AccountId:
      name: accountId
      in: path
      required: true
      schema: { type: string, format: uuid }
    VendorId:
      name: id
      in: path
      required: true
      description: The vendor's id.
      schema: { type: string, format: uuid }

    ConsentUserHeader:
      name: X-Sandbox-User
      in: header
      required: false
      description: With \`X-Sandbox-Consent\`, the web-app user who decides, by id or email.
      schema: { type: string }
    ConsentHeader:
      name: X-Sandbox-Consent
      in: header
      required: false
      description: Decide at once instead of showing the consent page.
      schema: { type: string, enum: [ approve, deny ] }
    ConsentResourceHeader:
      name: X-Sandbox-Resource
      in: header
      required: false
      description: With \`X-Sandbox-Consent\`, the company or organisation (id or URN) the app is
        installed for; default the user's company.
      schema: { type: string }

  headers:
    X-Sandbox-Reason:
      description: The machine-readable reason for a refusal (see design.md's error table).
      schema: { $ref: '#/components/schemas/SandboxReason' }
    Retry-After:
      description: Seconds to wait before trying again.
      schema: { type: integer, minimum: 1 }

  responses:
    TooManyRequests:
      description: Over Pleo's rate limit (600 requests a minute per key), or forced (the
        \`rate-limited\` scenario, \`X-Sandbox-Fault\` \`status=429\`).
      headers:
        Retry-After: { $ref: '#/components/headers/Retry-After' }
        X-Sandbox-Reason: { $ref: '#/components/headers/X-Sandbox-Reason' }
      content:
        application/json;charset=UTF-8:
          schema: { $ref: '#/components/schemas/ExceptionInfo' }
    ServerError:
      description: A fault injected with \`X-Sandbox-Fault\` or an armed fault (503 carries
        \`Retry-After\`), the workspace limit (503), or a sandbox bug (500 \`internal_error\`).
      headers:
        Retry-After: { $ref: '#/components/headers/Retry-After' }
        X-Sandbox-Reason: { $ref: '#/components/headers/X-Sandbox-Reason' }
      content:
        application/json;charset=UTF-8:
          schema: { $ref: '#/components/schemas/ExceptionInfo' }
    BadRequest:
      description: Invalid query, body or scenario header.
      headers:
        X-Sandbox-Reason: { $ref: '#/components/headers/X-Sandbox-Reason' }
      content:
        application/json;charset=UTF-8:
          schema: { $ref: '#/components/schemas/ExceptionInfo' }
    Unauthorized:
      description: Missing, malformed, unknown, deleted or expired credential (or, on
        \`/sandbox\`, user).
      headers:
        X-Sandbox-Reason: { $ref: '#/components/headers/X-Sandbox-Reason' }
      content:
        application/json;charset=UTF-8:
          schema: { $ref: '#/components/schemas/ExceptionInfo' }
    Forbidden:
      description: Feature not enabled, company not covered by the key, or scope missing.
      headers:
        X-Sandbox-Reason: { $ref: '#/components/headers/X-Sandbox-Reason' }
      content:
        application/json;charset=UTF-8:
          schema: { $ref: '#/components/schemas/ExceptionInfo' }
    NotFound:
      description: No such resource inside the companies the key covers.
      headers:
        X-Sandbox-Reason: { $ref: '#/components/headers/X-Sandbox-Reason' }
      content:
        application/json;charset=UTF-8:
          schema: { $ref: '#/components/schemas/ExceptionInfo' }
    NotModelled:
      description: NOT_IMPLEMENTED - Pleo documents the operation, the sandbox does not
        model it (docs/differences.md says why). Answered after the credential checks.
      headers:
        X-Sandbox-Reason: { $ref: '#/components/headers/X-Sandbox-Reason' }
      content:
        application/json;charset=UTF-8:
          schema: { $ref: '#/components/schemas/ExceptionInfo' }
    Conflict:
      description: The change clashes with existing data (a taken externalId or code,
        or a resource still in use).
      headers:
        X-Sandbox-Reason: { $ref: '#/components/headers/X-Sandbox-Reason' }
      content:
        application/json;charset=UTF-8:
          schema: { $ref: '#/components/schemas/ExceptionInfo' }
    LimitReached:
      description: LIMIT_REACHED - the sandbox holds as many of these as it keeps (\`limit_reached\`;
        see docs/running-safely.md). A sandbox limit, not Pleo's.
      headers:
        X-Sandbox-Reason: { $ref: '#/components/headers/X-Sandbox-Reason' }
      content:
        application/json;charset=UTF-8:
          schema: { $ref: '#/components/schemas/ExceptionInfo' }

    OAuthRedirect:
      description: Back to the app's \`redirect_uri\`, with \`code\` and \`state\`, or with \`error\` (an
        AuthorizationErrorCode), \`error_description\` and \`state\` (and then \`X-Sandbox-Reason\`).
      headers:
        Location:
          required: true
          schema: { type: string, format: uri }
        X-Sandbox-Reason: { $ref: '#/components/headers/X-Sandbox-Reason' }
    OAuthPageError:
      description: An authorization request that cannot be sent back to the app (unknown client, a
        redirect URI it did not register, no such web-app user), explained on a page.
      headers:
        X-Sandbox-Reason: { $ref: '#/components/headers/X-Sandbox-Reason' }
      content:
        text/html;charset=UTF-8:
          schema: { type: string }
    OAuthError:
      description: An RFC 6749 refusal.
      headers:
        X-Sandbox-Reason: { $ref: '#/components/headers/X-Sandbox-Reason' }
      content:
        application/json;charset=UTF-8:
          schema: { $ref: '#/components/schemas/OAuthErrorBody' }

  schemas:
    ExceptionInfo:
      type: object
      required: [ type, message ]
      properties:
        type: { type: string }
        message: { type: string }

    SandboxReason:
      type: string
      enum:
        - unknown_route
        - credential_missing
        - credential_malformed
        - key_unknown
        - key_revoked
        - key_expired
        - feature_not_enabled
        - company_not_covered
        - scope_missing
        - invalid_request
        - not_found
        - conflict
        - user_missing
        - user_unknown
        - role_insufficient
        - payload_too_large
        - internal_error
        - export_already_in_progress
        - export_items_limit
        - export_job_finished
        - export_job_expired
        - export_job_not_started
        - invalid_status_change
        - not_modelled
        - missing_contra_accounts
        - unsupported_api_version
        - limit_reached
        - origin_not_allowed
        - host_not_allowed
        - admin_token_required
        - request_timeout
        - rate_limited
        - fault_injected
        - workspace_limit
        - token_invalid
        - token_expired
        - token_revoked
        - app_not_installed
        - client_unknown
        - client_auth_failed
        - redirect_uri_mismatch
        - consent_denied
        - scope_not_allowed
        - pkce_mismatch
        - code_invalid
        - code_expired
        - code_reused
        - refresh_token_invalid
        - refresh_token_expired
        - refresh_token_reused
        - grant_revoked
        - unsupported_grant_type

    Scope:
      type: string
      description: The scope catalogue (pleo-api-facts.md §3).
      enum:
        - accounting-entries:read
        - accounting-entries:write
        - accounts:read
        - accounts:write
        - companies:read
        - export-items:read
        - export-jobs:read
        - export-jobs:write
        - tag-groups:read
        - tag-groups:write
        - tax-codes:read
        - tax-codes:write
        - users:read
        - vendors:read
        - vendors:write

    PageOrder:
      type: string
      enum:
        [
          ASC,
          ASC_NULLS_FIRST,
          ASC_NULLS_LAST,
          DESC,
          DESC_NULLS_FIRST,
          DESC_NULLS_LAST
        ]

    CursorPageCurrentRequestInfo:
      type: object
      required: [ parameters ]
      properties:
        after: { type: string }
        before: { type: string }
        limit: { type: integer, format: int32 }
        offset: { type: integer, format: int64 }
        parameters:
          type: object
          additionalProperties: { type: array, items: { type: string } }
        sortingKeys: { type: array, items: { type: string } }
        sortingOrder: { type: array, items: { $ref: '#/components/schemas/PageOrder' } }

    CursorPageInfo:
      type: object
      required: [ currentRequestPagination, hasNextPage, hasPreviousPage ]
      properties:
        currentRequestPagination: { $ref: '#/components/schemas/CursorPageCurrentRequestInfo' }
        endCursor: { type: string }
        hasNextPage: { type: boolean }
        hasPreviousPage: { type: boolean }
        startCursor: { type: string }
        total: { type: integer, format: int64 }

    CompanyAddress:
      type: object
      properties:
        addressLine1: { type: string }
        addressLine2: { type: string }
        country: { type: string }
        locality: { type: string }
        postalCode: { type: string }
        region: { type: string }

    Company:
      type: object
      required: [ address, id, name ]
      additionalProperties: false
      properties:
        address: { $ref: '#/components/schemas/CompanyAddress' }
        id: { type: string, format: uuid }
        name: { type: string }
        organizationId: { type: string, format: uuid }
        registrationNumber: { type: string }

    CompanyPage:
      type: object
      required: [ data, pagination ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/Company' } }
        pagination: { $ref: '#/components/schemas/CursorPageInfo' }

    CompanyData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/Company' }

    Employee:
      type: object
      required: [ companyId, email, firstName, id, lastName ]
      additionalProperties: false
      properties:
        code: { type: string }
        companyId: { type: string, format: uuid }
        email: { type: string }
        firstName: { type: string }
        id: { type: string, format: uuid }
        jobTitle: { type: string }
        lastName: { type: string }
        phone: { type: string }

    EmployeePage:
      type: object
      required: [ data, pagination ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/Employee' } }
        pagination: { $ref: '#/components/schemas/CursorPageInfo' }

    EmployeeData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/Employee' }

    InstallationStatus:
      type: string
      enum: [ ACTIVATED, INACTIVE, AUTHORIZED, PENDING_INTEGRATION, ERROR ]

    InstallationErrorCode:
      type: string
      enum: [ NOT_ENTITLED, AUTH_ERROR ]

    InstallationResponse:
      type: object
      required: [ applicationId, createdAt, id, metadata, resource, status, updatedAt ]
      properties:
        applicationId: { type: string, format: uuid }
        createdAt: { type: string, format: date-time }
        errorCode: { $ref: '#/components/schemas/InstallationErrorCode' }
        id: { type: string, format: uuid }
        metadata: { type: object, additionalProperties: true }
        resource:
          type: string
          pattern: '^urn:pleo:(company|organisation):[0-9a-f-]{36}$'
        status: { $ref: '#/components/schemas/InstallationStatus' }
        updatedAt: { type: string, format: date-time }

    ExternalClientModel:
      type: object
      required: [ authMethod, clientId, scope ]
      properties:
        applicationName: { type: string, description: The app's name (integrated keys and tokens). }
        authMethod: { type: string, enum: [ OAUTH2, API_KEY, NONE ] }
        clientId:
          type: string
          description: The app's client id; for a Standalone API Key, the key's id.
        scope: { type: string, description: "The credential's scopes, space-separated." }
        subjectURN:
          type: string
          pattern: '^urn:pleo:(company|organisation):[0-9a-f-]{36}$'

    ExternalClientModelDetails:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/ExternalClientModel' }

    OAuthApp:
      type: object
      required: [ id, clientId, name, redirectUris, scopes, createdAt, createdBy ]
      properties:
        id: { type: string, format: uuid }
        clientId: { type: string }
        name: { type: string }
        redirectUris: { type: array, items: { type: string, format: uri } }
        scopes: { type: array, items: { $ref: '#/components/schemas/Scope' } }
        createdAt: { type: string, format: date-time }
        createdBy: { type: string, format: uuid }

    OAuthAppList:
      type: object
      required: [ data ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/OAuthApp' } }

    CreateOAuthAppRequest:
      type: object
      required: [ name, redirectUris, scopes ]
      properties:
        name: { type: string, minLength: 1, maxLength: 100 }
        redirectUris:
          type: array
          minItems: 1
          maxItems: 10
          uniqueItems: true
          description: Absolute \`https://\` URIs, or \`http://\` on localhost, without a fragment.
          items: { type: string, format: uri }
        scopes:
          type: array
          minItems: 1
          uniqueItems: true
          items: { $ref: '#/components/schemas/Scope' }

    CreatedOAuthApp:
      type: object
      required: [ id, clientId, clientSecret, name, redirectUris, scopes, createdAt, createdBy ]
      properties:
        id: { type: string, format: uuid }
        clientId: { type: string }
        clientSecret:
          type: string
          description: Shown here once; stored only as a SHA-256 hash.
        name: { type: string }
        redirectUris: { type: array, items: { type: string, format: uri } }
        scopes: { type: array, items: { $ref: '#/components/schemas/Scope' } }
        createdAt: { type: string, format: date-time }
        createdBy: { type: string, format: uuid }

    CreatedOAuthAppData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/CreatedOAuthApp' }

    SandboxInstallation:
      type: object
      required: [ id, applicationId, clientId, applicationName, resource, scopes, status, createdAt, createdBy ]
      properties:
        id: { type: string, format: uuid }
        applicationId: { type: string, format: uuid }
        clientId: { type: string }
        applicationName: { type: string }
        resource:
          type: string
          pattern: '^urn:pleo:(company|organisation):[0-9a-f-]{36}$'
        scopes: { type: array, items: { $ref: '#/components/schemas/Scope' } }
        status: { $ref: '#/components/schemas/InstallationStatus' }
        keyId:
          type: string
          format: uuid
          description: The Integrated API Key's id, when the installation has one.
        createdAt: { type: string, format: date-time }
        createdBy: { type: string, format: uuid }

    SandboxInstallationList:
      type: object
      required: [ data ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/SandboxInstallation' } }

    CreateSandboxInstallationRequest:
      type: object
      required: [ clientId, companyId, scopes ]
      properties:
        clientId: { type: string }
        companyId: { type: string, format: uuid }
        scopes:
          type: array
          minItems: 1
          uniqueItems: true
          description: Some or all of the scopes the app registered.
          items: { $ref: '#/components/schemas/Scope' }

    CreatedSandboxInstallation:
      allOf:
        - $ref: '#/components/schemas/SandboxInstallation'
        - type: object
          required: [ key, keyId ]
          properties:
            key:
              type: string
              description: The Integrated API Key. Shown here once; stored only as a SHA-256 hash.

    CreatedSandboxInstallationData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/CreatedSandboxInstallation' }

    ConsentForm:
      type: object
      properties:
        response_type: { type: string }
        client_id: { type: string }
        redirect_uri: { type: string }
        scope: { type: string }
        state: { type: string }
        code_challenge: { type: string }
        code_challenge_method: { type: string }
        user: { type: string, description: "The deciding web-app user, by id or email." }
        resource: { type: string, description: A company or organisation id (or URN). }
        consent: { type: string, enum: [ approve, deny ] }

    TokenRequest:
      type: object
      required: [ grant_type ]
      properties:
        grant_type: { type: string, description: '\`authorization_code\` or \`refresh_token\`.' }
        code: { type: string }
        redirect_uri: { type: string }
        code_verifier: { type: string }
        refresh_token: { type: string }
        scope: { type: string, description: "On refresh, a narrower set of the grant's scopes." }
        client_id: { type: string }
        client_secret: { type: string }

    TokenResponse:
      type: object
      required: [ access_token, token_type, expires_in, refresh_token, scope ]
      properties:
        access_token: { type: string, description: A JWT signed by the sandbox (HS256). }
        token_type: { type: string, const: Bearer }
        expires_in: { type: integer, description: Seconds the access token lives. }
        refresh_token: { type: string }
        scope: { type: string, description: "The granted scopes, space-separated." }

    TokenIntrospectionRequest:
      type: object
      required: [ token ]
      properties:
        token: { type: string }
        token_type_hint: { type: string, description: '\`access_token\` or \`refresh_token\`; a hint only.' }
        client_id: { type: string }
        client_secret: { type: string }

    TokenIntrospection:
      type: object
      required: [ active ]
      properties:
        active: { type: boolean }
        token_type: { type: string, enum: [ at+JWT, refresh_token ] }
        scope: { type: string }
        client_id: { type: string }
        sub: { type: string }
        aud: { type: string }
        iss: { type: string }
        iat: { type: integer }
        exp: { type: integer }
        jti: { type: string }

    AuthorizationErrorCode:
      type: string
      description: The \`error\` of a redirect back to the app's \`redirect_uri\` (RFC 6749 §4.1.2.1),
        sent with \`error_description\` and \`state\`.
      enum: [ invalid_request, unsupported_response_type, invalid_scope, access_denied ]

    OAuthErrorBody:
      type: object
      required: [ error, error_description ]
      properties:
        error:
          type: string
          enum:
            - invalid_request
            - invalid_client
            - invalid_grant
            - unauthorized_client
            - unsupported_grant_type
            - invalid_scope
        error_description: { type: string }

    SandboxOrganisation:
      type: object
      required: [ id, name ]
      properties:
        id: { type: string, format: uuid }
        name: { type: string }

    SandboxCompany:
      type: object
      required: [ id, name, organisationId, features ]
      properties:
        id: { type: string, format: uuid }
        name: { type: string }
        organisationId: { type: string, format: uuid }
        features:
          type: array
          description: '\`api-keys\` gates key creation and key use.'
          items: { type: string, enum: [ api-keys ] }

    UserRole:
      type: string
      enum: [ admin, bookkeeper, employee ]

    SandboxUser:
      type: object
      required: [ id, name, email, role, companyId, organisationAdmin ]
      properties:
        id: { type: string, format: uuid }
        name: { type: string }
        email: { type: string }
        role: { $ref: '#/components/schemas/UserRole' }
        companyId: { type: string, format: uuid }
        organisationAdmin:
          type: boolean
          description: May create organisation-level keys and keys for any company of the
            organisation.

    SandboxWorld:
      type: object
      required: [ organisations, companies, users, scopes ]
      properties:
        organisations: { type: array, items: { $ref: '#/components/schemas/SandboxOrganisation' } }
        companies: { type: array, items: { $ref: '#/components/schemas/SandboxCompany' } }
        users: { type: array, items: { $ref: '#/components/schemas/SandboxUser' } }
        scopes: { type: array, items: { $ref: '#/components/schemas/Scope' } }

    SandboxWorldData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/SandboxWorld' }

    AccessLevel:
      oneOf:
        - type: object
          required: [ type, companyId ]
          additionalProperties: false
          properties:
            type: { type: string, const: company }
            companyId: { type: string, format: uuid }
        - type: object
          required: [ type, organisationId ]
          additionalProperties: false
          properties:
            type: { type: string, const: organisation }
            organisationId: { type: string, format: uuid }

    CreateApiKeyRequest:
      type: object
      required: [ name, expiresAt, accessLevel, scopes ]
      properties:
        name: { type: string, minLength: 1, maxLength: 100 }
        expiresAt:
          {
            type: string,
            format: date-time,
            description: Must be later than the sandbox clock.
          }
        accessLevel: { $ref: '#/components/schemas/AccessLevel' }
        scopes:
          type: array
          minItems: 1
          uniqueItems: true
          items: { $ref: '#/components/schemas/Scope' }

    ApiKeyStatus:
      type: string
      enum: [ active, expired ]

    ApiKeySummary:
      type: object
      required:
        [
          id,
          name,
          prefix,
          expiresAt,
          accessLevel,
          scopes,
          createdAt,
          createdBy,
          status
        ]
      properties:
        id: { type: string, format: uuid }
        name: { type: string }
        prefix:
          {
            type: string,
            description: "The first characters of the secret, for recognition."
          }
        expiresAt: { type: string, format: date-time }
        accessLevel: { $ref: '#/components/schemas/AccessLevel' }
        scopes: { type: array, items: { $ref: '#/components/schemas/Scope' } }
        createdAt: { type: string, format: date-time }
        createdBy: { type: string, format: uuid }
        status: { $ref: '#/components/schemas/ApiKeyStatus' }
        installationId:
          type: string
          format: uuid
          description: Set on an Integrated API Key, made by installing an app (\`POST /sandbox/installations\`).

    ApiKeyList:
      type: object
      required: [ data, pagination ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/ApiKeySummary' } }
        pagination: { $ref: '#/components/schemas/CursorPageInfo' }

    CreatedApiKey:
      type: object
      required: [ id, name, key, expiresAt, accessLevel, scopes, createdAt, createdBy ]
      properties:
        id: { type: string, format: uuid }
        name: { type: string }
        key:
          {
            type: string,
            description: The secret. Shown here once; stored only as a SHA-256 hash.
          }
        expiresAt: { type: string, format: date-time }
        accessLevel: { $ref: '#/components/schemas/AccessLevel' }
        scopes: { type: array, items: { $ref: '#/components/schemas/Scope' } }
        createdAt: { type: string, format: date-time }
        createdBy: { type: string, format: uuid }

    CreatedApiKeyData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/CreatedApiKey' }

    Clock:
      type: object
      required: [ now ]
      properties:
        now: { type: string, format: date-time }

    Health:
      type: object
      required: [ status ]
      properties:
        status: { type: string, enum: [ ok ] }

    OpenApiDocument:
      type: object
      required: [ openapi, info, servers, paths ]
      additionalProperties: true
      properties:
        openapi: { type: string }
        info: { type: object, additionalProperties: true }
        servers:
          type: array
          items:
            type: object
            required: [ url ]
            properties:
              url: { type: string }
              description: { type: string }
        paths: { type: object, additionalProperties: true }

    ClockData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/Clock' }

    SetClockRequest:
      oneOf:
        - type: object
          required: [ now ]
          additionalProperties: false
          properties:
            now: { type: string, format: date-time }
        - type: object
          required: [ advanceSeconds ]
          additionalProperties: false
          properties:
            advanceSeconds: { type: integer, minimum: 0 }

    WebhookEventType:
      type: string
      description: The event types a subscription can ask for.
      enum: [ v1.export-job.created, v1.vendor.created ]

    SubscriptionStatus:
      type: string
      enum: [ ACTIVE, INACTIVE ]

    SubscriptionOperationType:
      type: string
      description: Pleo's CREATE, UPDATE, DELETE, and the sandbox's DELIVERY (one per
        delivery attempt).
      enum: [ CREATE, UPDATE, DELETE, DELIVERY ]

    AuthCredential:
      type: object
      properties:
        username: { type: string }
        password: { type: string }
        token: { type: string }

    EndpointAuth:
      type: object
      properties:
        type:
          type: string
          description: NONE (default) sends no credentials; BASIC sends \`username\` and
            \`password\` as HTTP Basic. No type sends \`token\`, so a token is refused; send a
            bearer token as a custom \`Authorization\` header.
          enum: [ NONE, BASIC ]
        credentials: { $ref: '#/components/schemas/AuthCredential' }

    SubscriptionRequest:
      type: object
      required: [ endpointUrl, eventTypes ]
      properties:
        endpointUrl: { type: string, description: 'An absolute http(s) URL.' }
        eventTypes:
          type: array
          minItems: 1
          uniqueItems: true
          items: { $ref: '#/components/schemas/WebhookEventType' }
        customHeaders:
          type: object
          additionalProperties: { type: string }
        endpointAuth: { $ref: '#/components/schemas/EndpointAuth' }
        status: { $ref: '#/components/schemas/SubscriptionStatus' }

    SubscriptionModel:
      type: object
      required: [ id, endpointUrl, eventTypes, status, createdAt, updatedAt ]
      additionalProperties: false
      properties:
        id: { type: string, format: uuid }
        endpointUrl: { type: string }
        eventTypes:
          {
            type: array,
            uniqueItems: true,
            items: { $ref: '#/components/schemas/WebhookEventType' }
          }
        status: { $ref: '#/components/schemas/SubscriptionStatus' }
        customHeaders:
          type: object
          additionalProperties: { type: string }
        endpointAuth: { $ref: '#/components/schemas/EndpointAuth' }
        createdAt: { type: string, format: date-time }
        updatedAt: { type: string, format: date-time }
        deletedAt: { type: string, format: date-time }
        deletedBy:
          {
            type: string,
            description: 'URN of who deleted it, e.g. urn:pleo:company:<id>.'
          }

    SubscriptionResponse:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/SubscriptionModel' }

    SubscriptionPage:
      type: object
      required: [ data, pagination ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/SubscriptionModel' } }
        pagination: { $ref: '#/components/schemas/CursorPageInfo' }

    SubscriptionActivityModel:
      type: object
      required: [ id, subscriptionId, operationType, description, actorUrn, createdAt ]
      additionalProperties: false
      properties:
        id: { type: string, format: uuid }
        subscriptionId: { type: string, format: uuid }
        operationType: { $ref: '#/components/schemas/SubscriptionOperationType' }
        description: { type: string }
        actorUrn: { type: string, pattern: '^urn:pleo:[a-z-]+:' }
        createdAt: { type: string, format: date-time }

    SubscriptionActivityPage:
      type: object
      required: [ data, pagination ]
      properties:
        data:
          {
            type: array,
            items: { $ref: '#/components/schemas/SubscriptionActivityModel' }
          }
        pagination: { $ref: '#/components/schemas/CursorPageInfo' }

    SubscriptionSecretResponse:
      type: object
      required: [ data ]
      properties:
        data:
          type: object
          required: [ secretKey ]
          properties:
            secretKey:
              type: string
              pattern: '^whsec_[A-Za-z0-9+/]+=*$'
              description: '\`whsec_\` and the base64 of the HMAC key (Standard Webhooks).'

    WebhookTestRequest:
      oneOf:
        - type: object
          required: [ subscriptionId ]
          additionalProperties: false
          properties:
            subscriptionId: { type: string, format: uuid }
            eventType: { $ref: '#/components/schemas/WebhookEventType' }
            chaos: { $ref: '#/components/schemas/WebhookChaos' }
        - type: object
          required: [ companyId, eventType ]
          additionalProperties: false
          properties:
            companyId: { type: string, format: uuid }
            eventType: { $ref: '#/components/schemas/WebhookEventType' }
            chaos: { $ref: '#/components/schemas/WebhookChaos' }

    WebhookDelivery:
      type: object
      required: [ subscriptionId, webhookId ]
      properties:
        subscriptionId: { type: string, format: uuid }
        webhookId:
          {
            type: string,
            pattern: '^msg_',
            description: 'The webhook-id header of the delivery.'
          }

    WebhookTestResult:
      type: object
      required: [ eventId, eventType, companyId, data, deliveries ]
      properties:
        eventId: { type: string, format: uuid }
        eventType: { $ref: '#/components/schemas/WebhookEventType' }
        companyId: { type: string, format: uuid }
        data:
          {
            type: object,
            additionalProperties: true,
            description: The resource snapshot the event carries.
          }
        deliveries:
          type: array
          description: One per matching subscription; empty when none is ACTIVE for this
            event type.
          items: { $ref: '#/components/schemas/WebhookDelivery' }

    WebhookTestData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/WebhookTestResult' }

    # --- Accounting: master data the entries reference (world data; served by later operations) ---

    Money:
      type: object
      description: An amount in integer minor units (Gjoll's \`Money\`).
      required: [ currency, minors ]
      properties:
        currency: { type: string, minLength: 3, maxLength: 3 }
        minors: { type: integer, format: int64 }

    Team:
      type: object
      description: A team of a company (sandbox world data; Pleo exposes teams only as
        \`teamId\` and export items' \`team\`).
      required: [ id, companyId, name, code ]
      properties:
        id: { type: string, format: uuid }
        companyId: { type: string, format: uuid }
        name: { type: string }
        code: { type: string }

    TagGroup:
      type: object
      description: Pleo's \`TagGroupModel\`.
      required: [ archived, code, companyId, createdAt, id, metadata, name, updatedAt ]
      properties:
        archived: { type: boolean }
        code: { type: string }
        companyId: { type: string, format: uuid }
        createdAt: { type: string, format: date-time }
        id: { type: string, format: uuid }
        metadata: { type: object, additionalProperties: { type: string } }
        name: { type: string }
        totalTagsCount: { type: integer, format: int64 }
        updatedAt: { type: string, format: date-time }

    Tag:
      type: object
      description: Pleo's \`TagModel\`.
      required: [ archived, code, createdAt, groupId, id, updatedAt ]
      properties:
        archived: { type: boolean }
        code: { type: string }
        createdAt: { type: string, format: date-time }
        groupId: { type: string, format: uuid }
        id: { type: string, format: uuid }
        name: { type: string }
        updatedAt: { type: string, format: date-time }

    TagGroupDimension:
      type: object
      description: Pleo's \`TagGroupDimensionModel\`, a column of a tag group besides name and
        code.
      required: [ code, createdAt, displayOrder, groupId, id, name, updatedAt, visible ]
      additionalProperties: false
      properties:
        code: { type: string }
        createdAt: { type: string, format: date-time }
        displayOrder: { type: integer, format: int32 }
        groupId: { type: string, format: uuid }
        id: { type: string, format: uuid }
        name: { type: string }
        updatedAt: { type: string, format: date-time }
        visible: { type: boolean }

    TagDimensionValue:
      type: object
      description: Pleo's \`TagDimensionValueModel\`, one tag's value of one dimension of its group.
      required: [ createdAt, dimensionId, tagId, updatedAt, value ]
      additionalProperties: false
      properties:
        createdAt: { type: string, format: date-time }
        dimensionId: { type: string, format: uuid }
        tagId: { type: string, format: uuid }
        updatedAt: { type: string, format: date-time }
        value: { type: string }

    AggregatedTagGroupDimension:
      type: object
      description: Pleo's \`AggregatedTagGroupDimensionModel\`.
      required: [ code, createdAt, displayOrder, id, name, updatedAt, visible ]
      additionalProperties: false
      properties:
        code: { type: string }
        createdAt: { type: string, format: date-time }
        displayOrder: { type: integer, format: int32 }
        id: { type: string, format: uuid }
        name: { type: string }
        updatedAt: { type: string, format: date-time }
        visible: { type: boolean }

    AggregatedTagGroup:
      type: object
      description: Pleo's \`AggregatedTagGroupModel\`, a tag group with its dimensions (and no
        metadata).
      required: [ archived, code, companyId, createdAt, dimensions, id, name, updatedAt ]
      additionalProperties: false
      properties:
        archived: { type: boolean }
        code: { type: string }
        companyId: { type: string, format: uuid }
        createdAt: { type: string, format: date-time }
        dimensions: { type: array, items: { $ref: '#/components/schemas/AggregatedTagGroupDimension' } }
        id: { type: string, format: uuid }
        name: { type: string }
        updatedAt: { type: string, format: date-time }

    AggregatedTagDimension:
      type: object
      description: Pleo's \`AggregatedTagTagDimensionModel\`, a dimension of the tag's group and
        the tag's value of it.
      required: [ code, displayOrder, id, name, value, visible ]
      additionalProperties: false
      properties:
        code: { type: string }
        displayOrder: { type: integer, format: int32 }
        id: { type: string, format: uuid }
        name: { type: string }
        value: { type: string }
        visible: { type: boolean }

    AggregatedTagGroupSummary:
      type: object
      description: Pleo's \`AggregatedTagTagGroupModel\`, the group a tag belongs to.
      required: [ code, id, name ]
      additionalProperties: false
      properties:
        code: { type: string }
        id: { type: string, format: uuid }
        name: { type: string }

    AggregatedTag:
      type: object
      description: Pleo's \`AggregatedTagModel\`, a tag with its company, group and dimension values.
      required: [ archived, code, companyId, createdAt, dimensions, group, id, updatedAt ]
      additionalProperties: false
      properties:
        archived: { type: boolean }
        code: { type: string }
        companyId: { type: string, format: uuid }
        createdAt: { type: string, format: date-time }
        dimensions: { type: array, items: { $ref: '#/components/schemas/AggregatedTagDimension' } }
        group: { $ref: '#/components/schemas/AggregatedTagGroupSummary' }
        id: { type: string, format: uuid }
        name: { type: string }
        updatedAt: { type: string, format: date-time }

    TagUsage:
      type: object
      description: Pleo's \`TagUsageModel\`.
      required: [ count, id ]
      additionalProperties: false
      properties:
        count: { type: integer, format: int32, minimum: 0 }
        id: { type: string, format: uuid }

    TagGroupUsage:
      type: object
      description: Pleo's \`TagGroupUsageModel\`.
      required: [ usages ]
      properties:
        usages: { type: array, items: { $ref: '#/components/schemas/TagUsage' } }

    TaxCodeType:
      type: string
      enum: [ inclusive, exclusive, reverse ]

    TaxCode:
      type: object
      description: Pleo's \`TaxCodeModel\`; \`rate\` is a decimal (0.25 = 25 %).
      required: [ archived, companyId, createdAt, id, name, rate, type, updatedAt ]
      properties:
        accountingIntegrationSystem: { type: string }
        archived: { type: boolean }
        code: { type: string }
        companyId: { type: string, format: uuid }
        createdAt: { type: string, format: date-time }
        id: { type: string, format: uuid }
        ingoingTaxAccount: { type: string }
        name: { type: string }
        outgoingTaxAccount: { type: string }
        rate: { type: number }
        type: { $ref: '#/components/schemas/TaxCodeType' }
        updatedAt: { type: string, format: date-time }

    Account:
      type: object
      description: Pleo's \`BookkeepingAccountRestModelV1\` (a chart-of-accounts account).
      required: [ archived, companyId, externalId, id, name ]
      properties:
        archived: { type: boolean }
        code: { type: string }
        companyId: { type: string, format: uuid }
        externalId: { type: string }
        id: { type: string, format: uuid }
        metadata: { type: object, additionalProperties: true }
        name: { type: string }
        taxCodeExternalId: { type: string }

    VendorState:
      type: string
      enum: [ DRAFT, ACTIVE, ARCHIVED ]

    Vendor:
      type: object
      description: Pleo's \`VendorResponse\`.
      required: [ companyId, defaultCurrency, id, name, state ]
      properties:
        accountingSystem: { type: string }
        code: { type: string }
        companyId: { type: string, format: uuid }
        country: { $ref: '#/components/schemas/CountryCode' }
        createdAt: { type: string, format: date-time }
        defaultCurrency: { type: string, minLength: 3, maxLength: 3 }
        externalId: { type: string }
        id: { type: string, format: uuid }
        name: { type: string }
        registrationNumber: { type: string }
        state: { $ref: '#/components/schemas/VendorState' }
        taxRegistrationNumber: { type: string }
        updatedAt: { type: string, format: date-time }

    # --- Accounting entries (Gjoll) ---

    AccountingEntryFamily:
      type: string
      enum:
        [
          BALANCE_AMENDMENT,
          BILL_INVOICE,
          CARD_PURCHASE,
          CASHBACK,
          CREDIT_NOTE,
          MILEAGE,
          OUT_OF_POCKET,
          OVERDRAFT,
          PER_DIEM,
          PLEO_INVOICE,
          REIMBURSEMENT,
          WALLET,
          BILL_INVOICE_PAYMENT
        ]

    AccountingEntrySubFamily:
      type: string
      enum:
        [
          ATM,
          IN_STORE,
          ONLINE,
          PLEO_INVOICE,
          PLEO_INVOICE_REFUND,
          REIMBURSEMENT_TO_COMPANY,
          REIMBURSEMENT_TO_EMPLOYEE,
          REIMBURSEMENT_TO_EMPLOYEE_REFUND,
          LOAD,
          UNLOAD,
          WITHDRAWAL,
          FEE,
          INTEREST,
          BILL_INVOICE_PAYMENT_RETURNED,
          BILL_INVOICE_PAYMENT_RECEIVED
        ]

    AccountingEntryStatus:
      type: string
      enum:
        [
          DRAFT,
          PENDING,
          COMPLETED,
          COMPLETED_EXTERNALLY,
          CANCELLED,
          REJECTED,
          ERROR
        ]

    ReviewStatus:
      type: string
      enum:
        [
          NOT_OK,
          NOT_REQUIRED,
          NOT_SET,
          OK,
          WAITING_FOR_EXPENSE_OWNER,
          WAITING_FOR_REVIEWER,
          WAITING_FOR_COMPANY_REVIEWER,
          WAITING_FOR_TEAM_REVIEWER,
          WAITING_FOR_TAG_REVIEWER
        ]

    ExportStatus:
      type: string
      enum: [ CREATED, EXPORTED, EXPORTING, NOT_CREATED, NOT_EXPORTED, QUEUED ]

    AccountingEntriesSortingKeys:
      type: string
      enum: [ settledAt, performedAt, id, bookkeepingDate ]

    AccountingEntryTag:
      type: object
      required: [ tagGroupId ]
      properties:
        tagGroupId: { type: string, format: uuid }
        tagId: { type: string, format: uuid }

    Attendee:
      type: object
      required: [ attendableId, attendableType, id ]
      properties:
        attendableId: { type: string }
        attendableType: { type: string }
        id: { type: string }

    SplitItem:
      type: object
      required: [ createdAt, id, tags, updatedAt ]
      properties:
        accountCode: { type: string }
        accountId: { type: string, format: uuid }
        createdAt: { type: string, format: date-time }
        id: { type: string, format: uuid }
        tags: { type: array, items: { $ref: '#/components/schemas/AccountingEntryTag' } }
        taxCodeId: { type: string, format: uuid }
        totalBillValue: { $ref: '#/components/schemas/Money' }
        transactionValue: { $ref: '#/components/schemas/Money' }
        updatedAt: { type: string, format: date-time }

    AccountingEntrySupplier:
      type: object
      properties:
        cif: { type: string }
        documentNumber: { type: string }
        documentType: { type: string }
        externalAccountNumber: { type: string }
        externalSupplierId: { type: string }

    AccountingEntry:
      type: object
      description: Pleo's \`AccountingEntryV1\`. Amounts are in minor units.
      required:
        [
          attendees,
          companyId,
          createdAt,
          exportStatus,
          family,
          id,
          performedAt,
          receiptIds,
          reviewStatus,
          splitItems,
          status,
          tags,
          transactionValue,
          updatedAt
        ]
      additionalProperties: false
      properties:
        accountCode: { type: string }
        accountId: { type: string, format: uuid }
        attendees: { type: array, items: { $ref: '#/components/schemas/Attendee' } }
        bookkeepingDate: { type: string, format: date-time }
        companyId: { type: string, format: uuid }
        createdAt: { type: string, format: date-time }
        deletedAt: { type: string, format: date-time }
        employeeId: { type: string, format: uuid }
        exportStatus: { $ref: '#/components/schemas/ExportStatus' }
        family: { $ref: '#/components/schemas/AccountingEntryFamily' }
        foreignExtensionId: { type: string }
        id: { type: string, format: uuid }
        note: { type: string }
        performedAt: { type: string, format: date-time }
        receiptIds: { type: array, uniqueItems: true, items: { type: string, format: uuid } }
        reviewStatus: { $ref: '#/components/schemas/ReviewStatus' }
        settledAt: { type: string, format: date-time }
        splitItems: { type: array, items: { $ref: '#/components/schemas/SplitItem' } }
        status: { $ref: '#/components/schemas/AccountingEntryStatus' }
        subFamily: { $ref: '#/components/schemas/AccountingEntrySubFamily' }
        supplier: { $ref: '#/components/schemas/AccountingEntrySupplier' }
        tags: { type: array, items: { $ref: '#/components/schemas/AccountingEntryTag' } }
        taxCodeId: { type: string, format: uuid }
        teamId: { type: string, format: uuid }
        totalBillValue: { $ref: '#/components/schemas/Money' }
        transactionValue: { $ref: '#/components/schemas/Money' }
        updatedAt: { type: string, format: date-time }

    ReceiptFileType:
      type: string
      enum: [ EMBED, ORIGINAL, THUMBNAIL, PREVIEW ]

    ReceiptSource:
      type: string
      enum:
        [
          APP_SHARE,
          BOLT,
          CAMERA,
          CASHBACK,
          EMAIL_FETCHING,
          EMAIL_FETCHING_BATCHED,
          EMAIL_FORWARDING,
          GENERATED_RECEIPT,
          LOST_RECEIPT,
          ROGER,
          STOREBOX,
          STRIPE,
          TRAVELPERK,
          USER
        ]

    ReceiptMimeType:
      type: string
      enum:
        [
          unknown,
          application/pdf,
          application/postscript,
          application/xml,
          image/jpeg,
          image/png,
          image/heic,
          image/heif,
          image/gif,
          text/xml
        ]

    ReceiptsSortingKeys:
      type: string
      enum: [ createdAt, id, size ]

    Receipt:
      type: object
      description: Pleo's \`ReceiptModel\`; \`url\` is a stand-in for a pre-signed link
        valid 24 hours.
      required:
        [
          accountingEntryId,
          createdAt,
          fileType,
          id,
          mimeType,
          sizeInBytes,
          source,
          url
        ]
      additionalProperties: false
      properties:
        accountingEntryId: { type: string, format: uuid }
        createdAt: { type: string, format: date-time }
        fileType: { $ref: '#/components/schemas/ReceiptFileType' }
        id: { type: string, format: uuid }
        mimeType: { $ref: '#/components/schemas/ReceiptMimeType' }
        ocrDocumentId: { type: string, format: uuid }
        sizeInBytes: { type: integer, format: int32 }
        source: { $ref: '#/components/schemas/ReceiptSource' }
        url: { type: string }

    ReceiptSearchRequest:
      type: object
      description: Pleo's \`ReceiptSearchRequest\`.
      required: [ includeDeleted ]
      properties:
        accountingEntryIds: { type: array, items: { type: string, format: uuid } }
        employeeIds: { type: array, items: { type: string, format: uuid } }
        fileType: { $ref: '#/components/schemas/ReceiptFileType' }
        includeDeleted: { type: boolean, default: false }
        mimeType: { type: array, items: { $ref: '#/components/schemas/ReceiptMimeType' } }
        source: { type: array, items: { $ref: '#/components/schemas/ReceiptSource' } }

    AccountingEntryCore:
      type: object
      description: Pleo's \`AccountingEntryCoreV6\`. Amounts are in minor units.
      required:
        [
          companyId,
          createdAt,
          exportStatus,
          family,
          fees,
          id,
          performedAt,
          receiptIds,
          reviewStatus,
          status,
          transactionValue,
          updatedAt
        ]
      additionalProperties: false
      properties:
        accountCode: { type: string }
        accountId: { type: string, format: uuid }
        bookkeepingDate: { type: string, format: date-time }
        companyId: { type: string, format: uuid }
        createdAt: { type: string, format: date-time }
        deletedAt: { type: string, format: date-time }
        employeeId: { type: string, format: uuid }
        exportStatus: { $ref: '#/components/schemas/ExportStatus' }
        family: { $ref: '#/components/schemas/AccountingEntryFamily' }
        fees:
          type: object
          description: Fee amounts by fee type (the sandbox models no fees).
          additionalProperties: { $ref: '#/components/schemas/Money' }
        foreignExtensionId: { type: string }
        grossBillValue: { $ref: '#/components/schemas/Money' }
        id: { type: string, format: uuid }
        netBillValue: { $ref: '#/components/schemas/Money' }
        note: { type: string }
        performedAt: { type: string, format: date-time }
        receiptIds: { type: array, uniqueItems: true, items: { type: string, format: uuid } }
        reconciliationId: { type: string }
        reviewStatus: { $ref: '#/components/schemas/ReviewStatus' }
        settledAt: { type: string, format: date-time }
        status: { $ref: '#/components/schemas/AccountingEntryStatus' }
        subFamily: { $ref: '#/components/schemas/AccountingEntrySubFamily' }
        supplier: { $ref: '#/components/schemas/AccountingEntrySupplier' }
        taxBillValue: { $ref: '#/components/schemas/Money' }
        taxCodeId: { type: string, format: uuid }
        teamId: { type: string, format: uuid }
        totalBillValue: { $ref: '#/components/schemas/Money' }
        transactionValue: { $ref: '#/components/schemas/Money' }
        transactionWalletValue: { $ref: '#/components/schemas/Money' }
        updatedAt: { type: string, format: date-time }

    AccountingEntryCoreData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/AccountingEntryCore' }

    # --- Export API v3 ---

    ExportJobStatus:
      type: string
      enum: [ pending, in_progress, failed, completed, completed_with_errors ]

    ExportJobEventType:
      type: string
      enum: [ started, failed, completed, completed_with_errors ]

    ExportJobFailureReasonType:
      type: string
      enum:
        [
          invalid_configuration,
          missing_configuration,
          authentication_failure,
          accounting_system_authentication_failure,
          pleo_rate_limit,
          accounting_system_rate_limit,
          service_unreachable,
          accounting_system_unreachable,
          validation_failure,
          authorization_failure,
          integration_unusable,
          job_expired,
          service_timeout,
          accounting_system_timeout,
          canceled_by_user
        ]

    ExportJobItemStatus:
      type: string
      enum: [ pending, in_progress, failed, successful, abandoned ]

    ExportJobItemFailureReasonType:
      type: string
      enum:
        [
          receipt_upload_failure,
          receipt_download_failure,
          receipt_file_size_limit_exceeded,
          receipt_conversion_failure,
          unexpected_failure,
          invalid_configuration,
          missing_configuration,
          accounting_system_authentication_failure,
          accounting_system_rate_limit,
          accounting_system_unreachable,
          validation_failure,
          accounting_system_validation_failure,
          authorization_failure,
          accounting_system_timeout,
          vendor_unknown,
          account_unknown,
          tax_code_unknown,
          tag_unknown
        ]

    ExportJobItemUpdateErrorType:
      type: string
      enum:
        [
          ACCOUNTING_ENTRY_DOES_NOT_EXIST,
          EXPORT_ENTRY_STATUS_UPDATE_FAILED,
          ACCOUNTING_ENTRY_UPDATE_FAILED
        ]

    ExportJob:
      type: object
      description: Pleo's \`ExportJobV3\`. \`expiresIn\` is counted in seconds from
        \`lastUpdatedAt\`.
      required:
        [
          companyId,
          createdAt,
          expiresIn,
          id,
          isInteractive,
          numberOfItems,
          status,
          vendorBasedBookkeeping
        ]
      additionalProperties: false
      properties:
        companyId: { type: string, format: uuid }
        completedAt: { type: string, format: date-time }
        createdAt: { type: string, format: date-time }
        createdBy: { type: string, format: uuid }
        expiredAt: { type: string, format: date-time }
        expiresIn: { type: integer, format: int32 }
        failureReason: { type: string }
        failureReasonType: { $ref: '#/components/schemas/ExportJobFailureReasonType' }
        id: { type: string, format: uuid }
        isInteractive: { type: boolean }
        lastUpdatedAt: { type: string, format: date-time }
        numberOfItems: { type: integer }
        startedAt: { type: string, format: date-time }
        status: { $ref: '#/components/schemas/ExportJobStatus' }
        vendorBasedBookkeeping: { type: boolean }

    ExportJobItem:
      type: object
      description: Pleo's \`ExportJobItemV3\`.
      required: [ accountingEntryId, exportJobId, status ]
      additionalProperties: false
      properties:
        accountingEntryId: { type: string, format: uuid }
        exportJobId: { type: string, format: uuid }
        exportedAt: { type: string, format: date-time }
        externalId: { type: string }
        externalUrl: { type: string }
        failureReason: { type: string }
        failureReasonType: { $ref: '#/components/schemas/ExportJobItemFailureReasonType' }
        status: { $ref: '#/components/schemas/ExportJobItemStatus' }

    AccountingEntrySearchRequest:
      type: object
      description: Pleo's \`AccountingEntryBaseSearchRequest\`. Fields it does not have are ignored.
      required: [ includeDeleted ]
      properties:
        accountIds: { type: array, maxItems: 100, items: { type: string, format: uuid } }
        bookkeepingDateEnd: { type: string, format: date-time }
        bookkeepingDateStart: { type: string, format: date-time }
        employeeIds: { type: array, maxItems: 100, items: { type: string, format: uuid } }
        exportStatus: { type: array, items: { $ref: '#/components/schemas/ExportStatus' } }
        families: { type: array, items: { $ref: '#/components/schemas/AccountingEntryFamily' } }
        foreignExtensionIds: { type: array, maxItems: 100, items: { type: string } }
        hasAccount: { type: boolean }
        hasBookkeepingDate: { type: boolean }
        hasNote: { type: boolean }
        includeDeleted: { type: boolean, default: false }
        performedAtEnd: { type: string, format: date-time }
        performedAtStart: { type: string, format: date-time }
        reviewStatus: { type: array, items: { $ref: '#/components/schemas/ReviewStatus' } }
        settled: { type: boolean }
        settledAtEnd: { type: string, format: date-time }
        settledAtStart: { type: string, format: date-time }
        status: { type: array, items: { $ref: '#/components/schemas/AccountingEntryStatus' } }
        subFamilies:
          {
            type: array,
            items: { $ref: '#/components/schemas/AccountingEntrySubFamily' }
          }
        tagGroupIdsUnset: { type: array, maxItems: 100, items: { type: string, format: uuid } }
        tagRowIds: { type: array, maxItems: 100, items: { type: string, format: uuid } }
        taxCodeIds:
          {
            type: array,
            maxItems: 100,
            uniqueItems: true,
            items: { type: string, format: uuid }
          }
        teamIds: { type: array, maxItems: 100, items: { type: string, format: uuid } }
        transactionValueCurrencies: { type: array, maxItems: 100, items: { type: string } }

    AccountingEntryPage:
      type: object
      required: [ data, pagination ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/AccountingEntry' } }
        pagination: { $ref: '#/components/schemas/CursorPageInfo' }

    AccountingEntryData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/AccountingEntry' }

    ReceiptPage:
      type: object
      required: [ data, pagination ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/Receipt' } }
        pagination: { $ref: '#/components/schemas/CursorPageInfo' }

    ReceiptData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/Receipt' }

    ExportJobItemUpdateError:
      type: object
      required: [ accountingEntryId, message, type ]
      properties:
        accountingEntryId: { type: string, format: uuid }
        message: { type: string }
        type: { $ref: '#/components/schemas/ExportJobItemUpdateErrorType' }

    ExportJobItemUpdateResult:
      type: object
      description: "Pleo's \`ExportJobItemUpdateV3\`: the items updated, and one error
        per item that could not be."
      required: [ data, errors ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/ExportJobItem' } }
        errors:
          {
            type: array,
            items: { $ref: '#/components/schemas/ExportJobItemUpdateError' }
          }

    UpdateExportJobItem:
      type: object
      description: Pleo's \`UpdateExportJobItemV3\`.
      required: [ accountingEntryId, status ]
      properties:
        accountingEntryId: { type: string, format: uuid }
        exportedAt: { type: string, format: date-time }
        externalId: { type: string }
        externalUrl: { type: string }
        failureReason: { type: string }
        failureReasonType: { $ref: '#/components/schemas/ExportJobItemFailureReasonType' }
        status: { $ref: '#/components/schemas/ExportJobItemStatus' }

    CreateExportJob:
      type: object
      description: Pleo's \`CreateExportJob\`. The sandbox asks for at least one entry.
      required: [ accountingEntryIds, companyId ]
      properties:
        accountingEntryIds: { type: array, minItems: 1, items: { type: string, format: uuid } }
        companyId: { type: string, format: uuid }
        employeeId: { type: [ string, 'null' ], format: uuid }
        isInteractive: { type: [ boolean, 'null' ], default: true }
        options:
          type: [ object, 'null' ]
          properties:
            vendorBasedBookkeeping: { type: [ boolean, 'null' ], default: false }

    CreateExportJobEvent:
      type: object
      required: [ event, jobId ]
      properties:
        event: { $ref: '#/components/schemas/ExportJobEventType' }
        failureReason: { type: string }
        failureReasonType: { $ref: '#/components/schemas/ExportJobFailureReasonType' }
        jobId: { type: string, format: uuid }

    ExportJobPage:
      type: object
      required: [ data, pagination ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/ExportJob' } }
        pagination: { $ref: '#/components/schemas/CursorPageInfo' }

    ExportJobData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/ExportJob' }

    ExportJobItemData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/ExportJobItem' }

    ExportJobItemPage:
      type: object
      required: [ data, pagination ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/ExportJobItem' } }
        pagination: { $ref: '#/components/schemas/CursorPageInfo' }

    ExportMoney:
      type: object
      description: Export items' money (\`MoneyModel\`); \`value\` is in minor units (cents).
      required: [ currency, value ]
      properties:
        currency: { type: string }
        value: { type: number }

    ExportAmounts:
      type: object
      required: [ inSupplierCurrency, inWalletCurrency ]
      properties:
        inSupplierCurrency: { $ref: '#/components/schemas/ExportMoney' }
        inWalletCurrency: { $ref: '#/components/schemas/ExportMoney' }

    ExportItemTypeV3:
      type: string
      enum:
        [
          card_purchase,
          card_invoice,
          out_of_pocket,
          mileage,
          per_diem,
          external_reimbursement,
          direct_reimbursement,
          invoice,
          invoice_payment,
          chargeback,
          refund,
          cashback,
          atm_withdrawal,
          wallet_topup,
          wallet_unload,
          personal_spend,
          fee
        ]

    ExportItemSubTypeV3:
      type: string
      enum:
        [
          reimbursement_to_employee_refund,
          reimbursement_to_company,
          reimbursement_to_employee,
          invoice_payment_returned,
          invoice_payment_sent,
          interest
        ]

    ExportItemLine:
      type: object
      required: [ accountingEntryLineId, lineAmount, netAmount ]
      properties:
        accountingEntryLineId: { type: string, format: uuid }
        account:
          type: object
          required: [ id, name ]
          properties:
            code: { type: string }
            id: { type: string, format: uuid }
            identifier: { type: string }
            name: { type: string }
        lineAmount: { $ref: '#/components/schemas/ExportAmounts' }
        netAmount: { $ref: '#/components/schemas/ExportAmounts' }
        tags:
          type: array
          items:
            type: object
            required: [ code, groupCode, id ]
            properties:
              code: { type: string }
              groupCode: { type: string }
              id: { type: string, format: uuid }
        tax:
          type: object
          required: [ amount, id, rate, type ]
          properties:
            amount: { $ref: '#/components/schemas/ExportAmounts' }
            code: { type: string }
            id: { type: string, format: uuid }
            ingoingTaxAccount: { type: string }
            outgoingTaxAccount: { type: string }
            rate: { type: number }
            type: { $ref: '#/components/schemas/TaxCodeType' }

    ExportContraAccount:
      type: object
      description: Pleo's \`ContraAccount\`; \`id\` and \`name\` are the Pleo account (wallet),
        \`code\` and \`identifier\` the account it maps to in the ERP.
      required: [ id, name ]
      properties:
        code: { type: string }
        id: { type: string, format: uuid }
        identifier: { type: string }
        name: { type: string }

    ExportNamedRef:
      type: object
      required: [ id, name ]
      properties:
        code: { type: string }
        id: { type: string, format: uuid }
        name: { type: string }

    ExportItem:
      type: object
      description: Pleo's \`ExportItemV3\`, built from an accounting entry and the
        master data it points at.
      required:
        [
          _links,
          accountingEntryId,
          accountingEntryLines,
          additionalInformation,
          amount,
          companyId,
          date,
          type
        ]
      additionalProperties: false
      properties:
        _links:
          type: object
          properties:
            api: { type: object, additionalProperties: { type: string } }
            mobile: { type: object, additionalProperties: { type: string } }
            web: { type: object, additionalProperties: { type: string } }
        accountingEntryId: { type: string, format: uuid }
        accountingEntryLines: { type: array, items: { $ref: '#/components/schemas/ExportItemLine' } }
        additionalInformation:
          type: object
          required: [ reconciliationId ]
          properties:
            attendees: { type: array, items: { type: string } }
            invoiceInformation:
              type: object
              required: [ invoiceDate, invoiceNumber, status ]
              properties:
                dueDate: { type: string, format: date-time }
                invoiceDate: { type: string, format: date-time }
                invoiceNumber: { type: string }
                paymentDate: { type: string, format: date-time }
                status: { type: string }
            reconciliationId: { type: string }
        amount: { $ref: '#/components/schemas/ExportAmounts' }
        bookkeeping:
          type: object
          required: [ method ]
          properties:
            method: { type: string, enum: [ none, journal, accounts_payable ] }
        companyId: { type: string, format: uuid }
        contraAccount: { $ref: '#/components/schemas/ExportContraAccount' }
        date: { type: string, format: date-time }
        files:
          type: array
          items:
            type: object
            required: [ size, type, url ]
            properties:
              size: { type: integer, format: int32 }
              type: { type: string }
              url: { type: string }
        note: { type: string }
        subType: { $ref: '#/components/schemas/ExportItemSubTypeV3' }
        supplier:
          type: object
          properties:
            account: { type: string }
            categoryCode: { type: string }
            code: { type: string }
            country: { type: string }
            name: { type: string }
            taxIdentifier: { type: string }
        team: { $ref: '#/components/schemas/ExportNamedRef' }
        type: { $ref: '#/components/schemas/ExportItemTypeV3' }
        user: { $ref: '#/components/schemas/ExportNamedRef' }
        vendor:
          type: object
          required: [ defaultCurrency, id, name ]
          properties:
            code: { type: string }
            country: { type: string }
            defaultCurrency: { type: string, minLength: 3, maxLength: 3 }
            externalId: { type: string }
            id: { type: string, format: uuid }
            name: { type: string }
            registrationNumber: { type: string }
            taxRegistrationNumber: { type: string }

    ExportItemPage:
      type: object
      required: [ data, pagination ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/ExportItem' } }
        pagination: { $ref: '#/components/schemas/CursorPageInfo' }

    # --- Export API v2: what differs from v3's shapes ---

    ExportJobItemFailureReasonTypeV2:
      type: string
      description: Export v2's item failure reasons (v3 adds vendor_unknown, account_unknown,
        tax_code_unknown and tag_unknown).
      enum:
        [
          receipt_upload_failure,
          receipt_download_failure,
          receipt_file_size_limit_exceeded,
          receipt_conversion_failure,
          unexpected_failure,
          invalid_configuration,
          missing_configuration,
          accounting_system_authentication_failure,
          accounting_system_rate_limit,
          accounting_system_unreachable,
          validation_failure,
          accounting_system_validation_failure,
          authorization_failure,
          accounting_system_timeout
        ]

    ExportJobItemV2:
      type: object
      description: Pleo's \`ExportJobItem\` (Export v2).
      required: [ accountingEntryId, exportJobId, status ]
      additionalProperties: false
      properties:
        accountingEntryId: { type: string, format: uuid }
        exportJobId: { type: string, format: uuid }
        exportedAt: { type: string, format: date-time }
        externalId: { type: string }
        externalUrl: { type: string }
        failureReason: { type: string }
        failureReasonType: { $ref: '#/components/schemas/ExportJobItemFailureReasonTypeV2' }
        status: { $ref: '#/components/schemas/ExportJobItemStatus' }

    ExportJobItemPageV2:
      type: object
      required: [ data, pagination ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/ExportJobItemV2' } }
        pagination: { $ref: '#/components/schemas/CursorPageInfo' }

    UpdateExportJobItemV2:
      type: object
      description: Pleo's \`UpdateExportJobItem\` (Export v2).
      required: [ accountingEntryId, status ]
      properties:
        accountingEntryId: { type: string, format: uuid }
        exportedAt: { type: string, format: date-time }
        externalId: { type: string }
        externalUrl: { type: string }
        failureReason: { type: string }
        failureReasonType: { $ref: '#/components/schemas/ExportJobItemFailureReasonTypeV2' }
        status: { $ref: '#/components/schemas/ExportJobItemStatus' }

    ExportJobItemUpdateResultV2:
      type: object
      description: Pleo's \`ExportJobItemUpdate\` (Export v2).
      required: [ data, errors ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/ExportJobItemV2' } }
        errors:
          {
            type: array,
            items: { $ref: '#/components/schemas/ExportJobItemUpdateError' }
          }

    ExportItemLineV2:
      type: object
      required: [ accountingEntryLineId, lineAmount, netAmount ]
      properties:
        accountingEntryLineId: { type: string, format: uuid }
        account:
          type: object
          required: [ id, name ]
          properties:
            code: { type: string }
            id: { type: string, format: uuid }
            identifier: { type: string }
            name: { type: string }
        lineAmount: { $ref: '#/components/schemas/ExportAmounts' }
        netAmount: { $ref: '#/components/schemas/ExportAmounts' }
        tags:
          type: array
          items:
            type: object
            required: [ code, groupCode, id ]
            properties:
              code: { type: string }
              groupCode: { type: string }
              id: { type: string, format: uuid }
        tax:
          type: object
          required: [ amount, id, rate, type ]
          properties:
            amount: { $ref: '#/components/schemas/ExportAmounts' }
            code: { type: string }
            id: { type: string, format: uuid }
            rate: { type: number }
            type: { $ref: '#/components/schemas/TaxCodeType' }

    ExportItemV2:
      type: object
      description: Pleo's \`ExportItemV2\`, the v3 item of the same entry without \`contraAccount\`
        and the lines' tax accounts, with \`teamCode\`.
      required:
        [
          _links,
          accountingEntryId,
          accountingEntryLines,
          additionalInformation,
          amount,
          companyId,
          date,
          type
        ]
      additionalProperties: false
      properties:
        _links:
          type: object
          properties:
            api: { type: object, additionalProperties: { type: string } }
            mobile: { type: object, additionalProperties: { type: string } }
            web: { type: object, additionalProperties: { type: string } }
        accountingEntryId: { type: string, format: uuid }
        accountingEntryLines: { type: array, items: { $ref: '#/components/schemas/ExportItemLineV2' } }
        additionalInformation:
          type: object
          required: [ reconciliationId ]
          properties:
            attendees: { type: array, items: { type: string } }
            invoiceInformation:
              type: object
              required: [ invoiceDate, invoiceNumber, status ]
              properties:
                dueDate: { type: string, format: date-time }
                invoiceDate: { type: string, format: date-time }
                invoiceNumber: { type: string }
                paymentDate: { type: string, format: date-time }
                status: { type: string, enum: [ pending_approval, paid ] }
            reconciliationId: { type: string }
        amount: { $ref: '#/components/schemas/ExportAmounts' }
        bookkeeping:
          type: object
          required: [ method ]
          properties:
            method: { type: string, enum: [ none, journal, accounts_payable ] }
        companyId: { type: string, format: uuid }
        date: { type: string, format: date-time }
        files:
          type: array
          items:
            type: object
            required: [ size, type, url ]
            properties:
              size: { type: integer, format: int32 }
              type: { type: string }
              url: { type: string }
        note: { type: string }
        subType: { type: string }
        supplier:
          type: object
          properties:
            account: { type: string }
            categoryCode: { type: string }
            code: { type: string }
            country: { type: string }
            name: { type: string }
            taxIdentifier: { type: string }
        team: { $ref: '#/components/schemas/ExportNamedRef' }
        teamCode: { type: string }
        type: { $ref: '#/components/schemas/ExportItemTypeV3' }
        user: { $ref: '#/components/schemas/ExportNamedRef' }
        vendor:
          type: object
          required: [ defaultCurrency, id, name ]
          properties:
            code: { type: string }
            country: { type: string }
            defaultCurrency: { type: string, minLength: 3, maxLength: 3 }
            externalId: { type: string }
            id: { type: string, format: uuid }
            name: { type: string }
            registrationNumber: { type: string }
            taxRegistrationNumber: { type: string }

    ExportItemPageV2:
      type: object
      required: [ data, pagination ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/ExportItemV2' } }
        pagination: { $ref: '#/components/schemas/CursorPageInfo' }

    CreateClientInstallationRequest:
      type: object
      properties:
        metadata: { type: object, additionalProperties: true }
        status: { $ref: '#/components/schemas/InstallationStatus' }

    UpdateInstallationRequest:
      type: object
      required: [ status ]
      properties:
        errorCode: { $ref: '#/components/schemas/InstallationErrorCode' }
        metadata: { type: object, additionalProperties: true }
        status: { $ref: '#/components/schemas/InstallationStatus' }

    # --- Master data requests and responses (tags, tax codes, chart of accounts, vendors) ---

    StringMetadata:
      type: object
      additionalProperties: { type: string }

    TagGroupCreateRequest:
      type: object
      description: Pleo's \`TagGroupCreateModel\`.
      required: [ archived, code, name ]
      properties:
        archived: { type: boolean }
        code: { type: string }
        metadata: { $ref: '#/components/schemas/StringMetadata' }
        name: { type: string }

    TagGroupUpdateRequest:
      type: object
      description: Pleo's \`TagGroupUpdateModel\` (a full replacement).
      required: [ archived, code, metadata, name ]
      properties:
        archived: { type: boolean }
        code: { type: string }
        metadata: { $ref: '#/components/schemas/StringMetadata' }
        name: { type: string }

    TagRequest:
      type: object
      description: Pleo's \`TagCreateModel\` and \`TagUpdateModel\` (same fields).
        \`otherDimensionValues\` are the tag's values of its group's dimensions, in
        display order; on create a dimension without one gets an empty value, on
        update it keeps its value; values beyond the group's dimensions are ignored.
      required: [ archived, code ]
      properties:
        archived: { type: boolean }
        code: { type: string, minLength: 1 }
        name: { type: string }
        otherDimensionValues: { type: array, items: { type: string } }

    TagGroupData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/TagGroup' }

    TagGroupList:
      type: object
      required: [ data ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/TagGroup' } }

    TagData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/Tag' }

    TagPage:
      type: object
      required: [ data, pagination ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/Tag' } }
        pagination: { $ref: '#/components/schemas/CursorPageInfo' }

    TagSearchRequest:
      type: object
      description: Pleo's \`CompositeTagSearchRequest\`.
      properties:
        archived: { type: boolean }
        includeArchived: { type: boolean }
        tagGroupIds: { type: array, uniqueItems: true, items: { type: string, format: uuid } }
        tagIds: { type: array, uniqueItems: true, items: { type: string, format: uuid } }
        textSearch: { type: string }

    BulkTagArchiveRequest:
      type: object
      description: Pleo's \`BulkTagArchiveModel\`.
      required: [ archived, companyId, tagIds ]
      properties:
        archived: { type: boolean }
        companyId: { type: string, format: uuid }
        tagIds: { type: array, minItems: 1, maxItems: 100, items: { type: string, format: uuid } }

    BulkTagDeleteRequest:
      type: object
      description: Pleo's \`BulkTagDeleteModel\`.
      required: [ companyId, tagIds ]
      properties:
        companyId: { type: string, format: uuid }
        tagIds: { type: array, minItems: 1, maxItems: 100, items: { type: string, format: uuid } }

    TagGroupDimensionCreateRequest:
      type: object
      description: Pleo's \`TagGroupDimensionCreateModel\`; \`displayOrder\` is deprecated there and
        ignored.
      required: [ code, name, visible ]
      properties:
        code: { type: string, minLength: 1 }
        displayOrder: { type: [ integer, 'null' ], format: int32, deprecated: true }
        name: { type: string }
        visible: { type: boolean }

    TagGroupDimensionUpdateRequest:
      type: object
      description: Pleo's \`TagGroupDimensionUpdateModel\` (a full replacement).
      required: [ code, displayOrder, name, visible ]
      properties:
        code: { type: string, minLength: 1 }
        displayOrder: { type: integer, format: int32 }
        name: { type: string }
        visible: { type: boolean }

    TagDimensionValueRequest:
      type: object
      description: Pleo's \`TagDimensionValueCreateModel\` and \`TagDimensionValueUpdateModel\`.
      required: [ value ]
      properties:
        value: { type: string }

    TagList:
      type: object
      required: [ data ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/Tag' } }

    TagGroupDimensionData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/TagGroupDimension' }

    TagGroupDimensionList:
      type: object
      required: [ data ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/TagGroupDimension' } }

    TagDimensionValueData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/TagDimensionValue' }

    TagDimensionValueList:
      type: object
      required: [ data ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/TagDimensionValue' } }

    AggregatedTagGroupList:
      type: object
      required: [ data ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/AggregatedTagGroup' } }

    AggregatedTagPage:
      type: object
      required: [ data, pagination ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/AggregatedTag' } }
        pagination: { $ref: '#/components/schemas/CursorPageInfo' }

    TagGroupUsageData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/TagGroupUsage' }

    TaxCodeRequest:
      type: object
      description: Pleo's \`TaxCodeCreateUpdateModel\`.
      required: [ archived, companyId, name, rate, type ]
      properties:
        archived: { type: boolean }
        code: { type: [ string, 'null' ] }
        companyId: { type: string, format: uuid }
        ingoingTaxAccount: { type: [ string, 'null' ] }
        name: { type: string, minLength: 1 }
        outgoingTaxAccount: { type: [ string, 'null' ] }
        rate: { type: number, minimum: 0, maximum: 1 }
        type: { $ref: '#/components/schemas/TaxCodeType' }

    TaxCodeSearchRequest:
      type: object
      description: Pleo's \`TaxCodeSearchRequest\`.
      properties:
        archived: { type: boolean }
        code: { type: string }
        taxCodeIds: { type: array, uniqueItems: true, items: { type: string, format: uuid } }
        type: { $ref: '#/components/schemas/TaxCodeType' }

    TaxCodeData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/TaxCode' }

    TaxCodePage:
      type: object
      required: [ data, pagination ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/TaxCode' } }
        pagination: { $ref: '#/components/schemas/CursorPageInfo' }

    TaxedAmount:
      type: object
      description: Pleo's \`TaxedAmount\`; \`id\` is the caller's, repeated in the answer.
      required: [ amount, id ]
      properties:
        amount: { $ref: '#/components/schemas/Money' }
        id: { type: string }

    CalculateTaxesRequest:
      type: object
      description: Pleo's \`CalculateTaxesRequest\`.
      required: [ amountsByTaxCodeId ]
      properties:
        amountsByTaxCodeId:
          type: object
          description: Amounts by tax code id.
          additionalProperties: { type: array, items: { $ref: '#/components/schemas/TaxedAmount' } }

    AmountTaxBreakdown:
      type: object
      required: [ gross, net, tax ]
      properties:
        gross: { $ref: '#/components/schemas/Money' }
        net: { $ref: '#/components/schemas/Money' }
        tax: { $ref: '#/components/schemas/Money' }

    TaxBreakdown:
      type: object
      description: Pleo's \`Taxes\`.
      required: [ amountTaxBreakdown, id ]
      properties:
        amountTaxBreakdown: { $ref: '#/components/schemas/AmountTaxBreakdown' }
        id: { type: string }

    CalculateTaxesData:
      type: object
      required: [ data ]
      properties:
        data:
          type: object
          required: [ taxes ]
          properties:
            taxes:
              type: object
              additionalProperties: { type: array, items: { $ref: '#/components/schemas/TaxBreakdown' } }

    AccountCreateRequest:
      type: object
      description: Pleo's \`BookkeepingAccountCreateRequestV1\`.
      required: [ archived, companyId, externalId, name ]
      properties:
        archived: { type: boolean }
        code: { type: [ string, 'null' ], maxLength: 255 }
        companyId: { type: string, format: uuid }
        externalId: { type: string, minLength: 1, maxLength: 255 }
        metadata: { type: [ object, 'null' ], additionalProperties: true }
        name: { type: string, minLength: 1, maxLength: 255 }
        taxCodeExternalId: { type: [ string, 'null' ] }

    AccountUpdateRequest:
      type: object
      description: Pleo's \`BookkeepingAccountUpdateRequestV1\`.
      required: [ archived, name ]
      properties:
        archived: { type: boolean }
        code: { type: [ string, 'null' ], maxLength: 255 }
        metadata: { type: [ object, 'null' ], additionalProperties: true }
        name: { type: string, minLength: 1, maxLength: 255 }
        taxCodeExternalId: { type: [ string, 'null' ] }

    AccountBatchItem:
      type: object
      description: Pleo's \`BookkeepingAccountBatchRequestItemV1\`; lengths are checked
        per item (see AccountBatchFailureReason).
      required: [ archived, externalId, name ]
      properties:
        archived: { type: boolean }
        code: { type: [ string, 'null' ] }
        externalId: { type: string }
        metadata: { type: [ object, 'null' ], additionalProperties: true }
        name: { type: string }
        taxCodeExternalId: { type: [ string, 'null' ] }

    AccountBatchRequest:
      type: object
      description: Pleo's \`BookkeepingAccountBatchCreateRequestV1\`.
      required: [ companyId, items ]
      properties:
        companyId: { type: string, format: uuid }
        items:
          {
            type: array,
            minItems: 1,
            maxItems: 1000,
            items: { $ref: '#/components/schemas/AccountBatchItem' }
          }

    AccountBatchFailureReason:
      type: string
      enum:
        [
          EXTERNAL_ID_ALREADY_EXISTS,
          EXTERNAL_ID_TOO_LONG,
          EXTERNAL_ID_EMPTY,
          NAME_TOO_LONG,
          NAME_EMPTY,
          CODE_TOO_LONG,
          OTHER
        ]

    AccountBatchFailure:
      type: object
      required: [ reasons, request ]
      properties:
        reasons:
          {
            type: array,
            items: { $ref: '#/components/schemas/AccountBatchFailureReason' }
          }
        request: { $ref: '#/components/schemas/AccountBatchItem' }

    AccountBatchResult:
      type: object
      required: [ created, failed ]
      properties:
        created: { type: array, items: { $ref: '#/components/schemas/Account' } }
        failed: { type: array, items: { $ref: '#/components/schemas/AccountBatchFailure' } }

    AccountBatchData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/AccountBatchResult' }

    AccountSearchRequest:
      type: object
      description: |
        Pleo's \`BookkeepingAccountSearchRequestV1\`. The two \`excludeIfAssigned...\` flags default to
        false and change nothing: the sandbox has no categories or contra accounts.
      required: [ companyId ]
      properties:
        archived: { type: [ boolean, 'null' ] }
        code: { type: [ string, 'null' ], deprecated: true }
        codes: { type: [ array, 'null' ], uniqueItems: true, items: { type: string } }
        companyId: { type: string, format: uuid }
        excludeIfAssignedToCategory: { type: boolean, default: false }
        excludeIfAssignedToContraAccount: { type: boolean, default: false }
        externalId: { type: [ string, 'null' ] }
        ids:
          {
            type: [ array, 'null' ],
            uniqueItems: true,
            items: { type: string, format: uuid }
          }
        name: { type: [ string, 'null' ] }

    AccountData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/Account' }

    AccountPage:
      type: object
      required: [ data, pagination ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/Account' } }
        pagination: { $ref: '#/components/schemas/CursorPageInfo' }

    CountryCode:
      type: string
      description: ISO 3166-1 alpha-2 (and Pleo's extras such as UNDEFINED), as Pleo's vendors document lists them.
      enum: [ UNDEFINED, AC, AD, AE, AF, AG, AI, AL, AM, AN, AO, AQ, AR, AS, AT, AU, AW, AX, AZ, BA, BB, BD, BE, BF, BG, BH, BI, BJ, BL, BM, BN, BO, BQ, BR, BS, BT, BU, BV, BW, BY, BZ, CA, CC, CD, CF, CG, CH, CI, CK, CL, CM, CN, CO, CP, CR, CS, CU, CV, CW, CX, CY, CZ, DE, DG, DJ, DK, DM, DO, DZ, EA, EC, EE, EG, EH, ER, ES, ET, EU, EZ, FI, FJ, FK, FM, FO, FR, FX, GA, GB, GD, GE, GF, GG, GH, GI, GL, GM, GN, GP, GQ, GR, GS, GT, GU, GW, GY, HK, HM, HN, HR, HT, HU, IC, ID, IE, IL, IM, IN, IO, IQ, IR, IS, IT, JE, JM, JO, JP, KE, KG, KH, KI, KM, KN, KP, KR, KW, KY, KZ, LA, LB, LC, LI, LK, LR, LS, LT, LU, LV, LY, MA, MC, MD, ME, MF, MG, MH, MK, ML, MM, MN, MO, MP, MQ, MR, MS, MT, MU, MV, MW, MX, MY, MZ, NA, NC, NE, NF, NG, NI, NL, NO, NP, NR, NT, NU, NZ, OM, PA, PE, PF, PG, PH, PK, PL, PM, PN, PR, PS, PT, PW, PY, QA, RE, RO, RS, RU, RW, SA, SB, SC, SD, SE, SF, SG, SH, SI, SJ, SK, SL, SM, SN, SO, SR, SS, ST, SU, SV, SX, SY, SZ, TA, TC, TD, TF, TG, TH, TJ, TK, TL, TM, TN, TO, TP, TR, TT, TV, TW, TZ, UA, UG, UK, UM, US, UY, UZ, VA, VC, VE, VG, VI, VN, VU, WF, WS, XI, XU, XK, YE, YT, YU, ZA, ZM, ZR, ZW ]

    VendorCreateRequest:
      type: object
      description: Pleo's \`VendorCreateRequest\`.
      required: [ companyId, defaultCurrency, name ]
      properties:
        code: { type: string }
        companyId: { type: string, format: uuid }
        country: { $ref: '#/components/schemas/CountryCode' }
        defaultCurrency: { type: string, pattern: '^[A-Z]{3}$' }
        externalId: { type: string, minLength: 1 }
        name: { type: string, minLength: 1 }
        registrationNumber: { type: string }
        taxRegistrationNumber: { type: string }

    VendorUpdateRequest:
      type: object
      description: Pleo's \`VendorUpdateRequest\` (a full replacement).
      required: [ companyId, defaultCurrency, externalId, name, state ]
      properties:
        code: { type: string }
        companyId: { type: string, format: uuid }
        country: { $ref: '#/components/schemas/CountryCode' }
        defaultCurrency: { type: string, pattern: '^[A-Z]{3}$' }
        externalId: { type: string, minLength: 1 }
        name: { type: string, minLength: 1 }
        registrationNumber: { type: string }
        state: { $ref: '#/components/schemas/VendorState' }
        taxRegistrationNumber: { type: string }

    VendorActivateRequest:
      type: object
      description: Pleo's \`ActivateVendorEventRequest\`.
      required: [ externalId ]
      properties:
        code: { type: string }
        externalId: { type: string, minLength: 1 }

    VendorSearchRequest:
      type: object
      description: Pleo's \`VendorSearchRequestV1\`.
      properties:
        accountingSystems: { type: array, maxItems: 100, items: { type: string } }
        codes: { type: array, maxItems: 100, items: { type: string } }
        countries: { type: array, maxItems: 100, items: { $ref: '#/components/schemas/CountryCode' } }
        externalIds: { type: array, maxItems: 100, items: { type: string } }
        ids: { type: array, maxItems: 100, items: { type: string, format: uuid } }
        name: { type: string }
        states:
          {
            type: array,
            maxItems: 4,
            items: { $ref: '#/components/schemas/VendorState' }
          }
        taxRegistrationNumbers: { type: array, maxItems: 100, items: { type: string } }

    VendorData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/Vendor' }

    VendorPage:
      type: object
      required: [ data, pagination ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/Vendor' } }
        pagination: { $ref: '#/components/schemas/CursorPageInfo' }

    # --- Vendor CSV import jobs (not modelled: only their inputs are described) ---

    CsvFormat:
      type: object
      required: [ delimiter, ignoreEmptyLines, recordSeparator, skipHeaderRecord ]
      properties:
        delimiter: { type: string }
        escapeCharacter: { type: string }
        ignoreEmptyLines: { type: boolean }
        quoteCharacter: { type: string }
        recordSeparator: { type: string }
        skipHeaderRecord: { type: boolean }

    CsvImportJobCreateRequest:
      type: object
      description: Pleo's \`CreateCsvImportJobRequestV1\`.
      required: [ companyId, originalFilename, type ]
      properties:
        companyId: { type: string, format: uuid }
        csvFormat: { $ref: '#/components/schemas/CsvFormat' }
        metadata: { type: object, additionalProperties: { type: object } }
        originalFilename: { type: string, minLength: 1 }
        type: { type: string, minLength: 1 }

    CsvImportJobMetadataRequest:
      type: object
      description: Pleo's \`UpdateMetadataRequestV1\`.
      required: [ metadata, strategy ]
      properties:
        metadata: { type: object, additionalProperties: { type: object } }
        strategy: { type: string, enum: [ REPLACE, MERGE ] }

    CsvImportJobStatusRequest:
      type: object
      description: Pleo's \`UpdateStatusRequestV1\`.
      required: [ status ]
      properties:
        errorMessage: { type: string }
        errorType:
          type: string
          enum:
            [
              INVALID_FILE_FORMAT,
              FILE_TOO_LARGE,
              FILE_TOO_SMALL,
              FILE_TYPE_NOT_SUPPORTED,
              FILE_EXTENSION_NOT_SUPPORTED,
              IMPORT_JOB_NOT_FOUND,
              INVALID_STATUS_TRANSITION,
              PROCESSING_FAILED
            ]
        status: { $ref: '#/components/schemas/CsvImportJobStatus' }

    CsvImportJobStatus:
      type: string
      enum: [ UPLOAD_INITIATED, UPLOADED, READY_FOR_IMPORT, QUEUED, PROCESSING, COMPLETED, FAILED ]

    CsvImportJobSearchRequest:
      type: object
      description: Pleo's \`SearchCsvImportJobsRequestV1\`.
      properties:
        ids: { type: array, maxItems: 100, uniqueItems: true, items: { type: string, format: uuid } }
        statuses: { type: array, items: { $ref: '#/components/schemas/CsvImportJobStatus' } }
        types: { type: array, items: { type: string } }

    # --- Chaos: armed scenarios and faults, the rate limit, the request journal, webhook chaos, workspaces ---

    HttpMethod:
      type: string
      enum: [ GET, POST, PUT, DELETE, PATCH ]

    ScenarioSummary:
      type: object
      required: [ id, title, teaches, why, fix, forceable, expected ]
      properties:
        id: { type: string }
        title: { type: string }
        teaches: { type: string }
        why: { type: string }
        fix: { type: string }
        forceable:
          type: boolean
          description: Whether \`X-Sandbox-Scenario\` (or arming it) can force it; the others
            come from the sandbox's state.
        expected:
          type: object
          description: What the scenario answers. \`type\` is Pleo's error type; the authorization
            server's scenarios give RFC 6749's \`error\` instead (absent where the answer is a
            redirect or a page).
          required: [ status, reason ]
          properties:
            status: { type: integer }
            type: { type: string }
            error: { type: string }
            reason: { $ref: '#/components/schemas/SandboxReason' }

    ScenarioCatalogue:
      type: object
      required: [ data ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/ScenarioSummary' } }

    ArmScenarioRequest:
      type: object
      required: [ scenario ]
      additionalProperties: false
      properties:
        scenario: { type: string, description: A forceable scenario id (GET /sandbox/scenarios). }
        keyId: { type: string, format: uuid, description: "Only requests with this key (for Bearer calls, this OAuth grant)." }
        companyId: { type: string, format: uuid, description: Only requests about this company. }
        times: { type: integer, minimum: 1, description: How many requests; default until disarmed. }

    ArmedScenario:
      type: object
      required: [ id, scenario, used, armedAt ]
      properties:
        id: { type: string, format: uuid }
        scenario: { type: string }
        keyId: { type: string, format: uuid }
        companyId: { type: string, format: uuid }
        times: { type: integer, minimum: 1 }
        used: { type: integer, minimum: 0, description: How many requests it has applied to. }
        armedAt: { type: string, format: date-time }

    ArmedScenarioData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/ArmedScenario' }

    ArmedScenarioList:
      type: object
      required: [ data ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/ArmedScenario' } }

    ArmFaultRequest:
      type: object
      required: [ fault ]
      additionalProperties: false
      properties:
        fault:
          type: string
          description: As in \`X-Sandbox-Fault\`, e.g. \`status=503\`, \`latency=800ms\`, \`reset\`,
            \`timeout\`, or \`latency=800ms,status=503\`.
        method: { $ref: '#/components/schemas/HttpMethod' }
        path: { type: string, description: 'A path (\`*\` matches anything) or a path template.' }
        keyId: { type: string, format: uuid }
        companyId: { type: string, format: uuid }
        probability: { type: number, exclusiveMinimum: 0, maximum: 1, description: Default 1. }
        times: { type: integer, minimum: 1, description: How many requests; default until disarmed. }
        seed: { type: integer, minimum: 0, maximum: 4294967295, description: Seeds the probability draws; default 1. }

    ArmedFault:
      type: object
      required: [ id, fault, probability, seed, used, armedAt ]
      properties:
        id: { type: string, format: uuid }
        fault: { type: string }
        method: { $ref: '#/components/schemas/HttpMethod' }
        path: { type: string }
        keyId: { type: string, format: uuid }
        companyId: { type: string, format: uuid }
        probability: { type: number }
        times: { type: integer, minimum: 1 }
        seed: { type: integer }
        used: { type: integer, minimum: 0, description: How many requests it has applied to. }
        armedAt: { type: string, format: date-time }

    ArmedFaultData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/ArmedFault' }

    ArmedFaultList:
      type: object
      required: [ data ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/ArmedFault' } }

    RateLimit:
      type: object
      required: [ enabled, requestsPerMinute, windowSeconds ]
      properties:
        enabled: { type: boolean }
        requestsPerMinute: { type: integer, minimum: 1, description: 'Per key; Pleo allows 600.' }
        windowSeconds: { type: integer, description: "The sliding window, on the sandbox clock." }

    RateLimitData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/RateLimit' }

    SetRateLimitRequest:
      type: object
      minProperties: 1
      additionalProperties: false
      properties:
        enabled: { type: boolean }
        requestsPerMinute: { type: integer, minimum: 1, maximum: 100000 }

    JournalKind:
      type: string
      description: A request the sandbox answered, or a webhook delivery attempt it made.
      enum: [ request, webhook ]

    JournalEntry:
      type: object
      required: [ at, kind, method, path, status, durationMs ]
      properties:
        at: { type: string, format: date-time, description: By the sandbox clock. }
        kind: { $ref: '#/components/schemas/JournalKind' }
        method: { type: string }
        path: { type: string, description: "The request's path, or the webhook's endpoint URL (credentials cut)." }
        query: { type: string, description: "The query string, credentials replaced by REDACTED." }
        status: { type: integer, description: "0 when no answer came (a dropped connection, no answer, a network failure)." }
        reason: { type: string }
        keyId: { type: string, format: uuid, description: "The key the request used; for a Bearer call, its access token's OAuth grant." }
        scenario: { type: string }
        fault: { type: string }
        durationMs: { type: number, description: "Time to answer, injected latency included." }
        eventId: { type: string, format: uuid }
        eventType: { $ref: '#/components/schemas/WebhookEventType' }
        webhookId: { type: string }
        subscriptionId: { type: string, format: uuid }
        attempt: { type: integer, minimum: 1 }
        chaos: { $ref: '#/components/schemas/WebhookChaosMode' }

    JournalPage:
      type: object
      required: [ data, pagination ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/JournalEntry' } }
        pagination: { $ref: '#/components/schemas/CursorPageInfo' }

    WebhookChaosMode:
      type: string
      enum: [ duplicate, out-of-order, late, fail-first ]

    WebhookChaos:
      type: object
      required: [ mode ]
      additionalProperties: false
      properties:
        mode: { $ref: '#/components/schemas/WebhookChaosMode' }
        delaySeconds: { type: integer, minimum: 1, maximum: 86400, description: 'late, out-of-order: how long to hold it (sandbox time); default 60.' }
        attempts: { type: integer, minimum: 1, maximum: 10, description: 'fail-first: how many attempts fail; default 1.' }

    ArmWebhookChaosRequest:
      type: object
      required: [ mode ]
      additionalProperties: false
      properties:
        mode: { $ref: '#/components/schemas/WebhookChaosMode' }
        delaySeconds: { type: integer, minimum: 1, maximum: 86400 }
        attempts: { type: integer, minimum: 1, maximum: 10 }
        subscriptionId: { type: string, format: uuid }
        eventType: { $ref: '#/components/schemas/WebhookEventType' }
        times: { type: integer, minimum: 1, description: How many events; default until disarmed. }

    WebhookChaosRule:
      type: object
      required: [ id, mode, used, armedAt ]
      properties:
        id: { type: string, format: uuid }
        mode: { $ref: '#/components/schemas/WebhookChaosMode' }
        delaySeconds: { type: integer }
        attempts: { type: integer }
        subscriptionId: { type: string, format: uuid }
        eventType: { $ref: '#/components/schemas/WebhookEventType' }
        times: { type: integer, minimum: 1 }
        used: { type: integer, minimum: 0, description: How many deliveries it has applied to. }
        armedAt: { type: string, format: date-time }

    WebhookChaosRuleData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/WebhookChaosRule' }

    WebhookChaosRuleList:
      type: object
      required: [ data ]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/WebhookChaosRule' } }

    WebhookResendRequest:
      type: object
      required: [ eventId ]
      additionalProperties: false
      properties:
        eventId: { type: string, format: uuid }
        subscriptionId: { type: string, format: uuid }
        chaos: { $ref: '#/components/schemas/WebhookChaos' }

    WebhookResendResult:
      type: object
      required: [ eventId, eventType, deliveries ]
      properties:
        eventId: { type: string, format: uuid }
        eventType: { $ref: '#/components/schemas/WebhookEventType' }
        deliveries: { type: array, items: { $ref: '#/components/schemas/WebhookDelivery' } }

    WebhookResendData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/WebhookResendResult' }

    WorkspaceName:
      type: string
      pattern: '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'

    Workspace:
      type: object
      required: [ name, createdAt, lastUsedAt ]
      properties:
        name: { $ref: '#/components/schemas/WorkspaceName' }
        createdAt: { type: string, format: date-time, description: Real time. }
        lastUsedAt: { type: string, format: date-time, description: Real time. }

    WorkspaceList:
      type: object
      required: [ workspaces, maxWorkspaces, idleSeconds ]
      properties:
        workspaces: { type: array, items: { $ref: '#/components/schemas/Workspace' } }
        maxWorkspaces: { type: integer, description: At most this many live at once. }
        idleSeconds: { type: integer, description: A workspace unused this long (real time) is dropped. }

    WorkspaceListData:
      type: object
      required: [ data ]
      properties:
        data: { $ref: '#/components/schemas/WorkspaceList' }
`;

/** sandbox.yaml as JSON. */
export const contractJson = `{
  "openapi": "3.1.0",
  "info": {
    "title": "Pleo API sandbox",
    "version": "0.1.0",
    "summary": "An offline stand-in for Pleo's external API as called with Standalone API Keys.",
    "description": "The Pleo operations below follow Pleo's own OpenAPI documents (paths, parameter names and places,\\nschemas, enums). The \`/sandbox\` operations are not Pleo's: they stand in for the web app's\\nSettings > API Keys page and for the sandbox's own clock and reset. Nor are the tooling ones\\n(\`/healthz\`, \`/openapi.json\`, \`/openapi.yaml\`): readiness and this document, for CI and API clients.\\n\\nEvery refusal carries Pleo's \`ExceptionInfo\` body \`{type, message}\` and the header\\n\`X-Sandbox-Reason\`, which names the check that failed.\\n",
    "license": {
      "name": "Apache 2.0",
      "identifier": "Apache-2.0"
    }
  },
  "servers": [
    {
      "url": "http://127.0.0.1:4010",
      "description": "npm start"
    },
    {
      "url": "https://external.staging.pleo.io",
      "description": "MSW handlers (default base URL)"
    }
  ],
  "security": [
    {
      "basicAuth": []
    },
    {
      "bearerAuth": []
    }
  ],
  "tags": [
    {
      "name": "Installations"
    },
    {
      "name": "Companies"
    },
    {
      "name": "Employees"
    },
    {
      "name": "Accounting entries"
    },
    {
      "name": "Export"
    },
    {
      "name": "Subscriptions",
      "description": "Webhook subscriptions, and real signed deliveries to their endpoints."
    },
    {
      "name": "Tags",
      "description": "Tag groups and tags (Gjoll's current surface)."
    },
    {
      "name": "Tax codes"
    },
    {
      "name": "Chart of accounts"
    },
    {
      "name": "Vendors"
    },
    {
      "name": "OAuth",
      "description": "The authorization server (Pleo's auth host paths, on the sandbox's own origin)."
    },
    {
      "name": "Sandbox",
      "description": "The control plane (not part of Pleo's API)."
    },
    {
      "name": "Tooling",
      "description": "Readiness and the contract itself, for CI and API clients (not part of Pleo's API)."
    }
  ],
  "paths": {
    "/v1/installations/me": {
      "get": {
        "tags": [
          "Installations"
        ],
        "operationId": "getClientInstallation",
        "x-sandbox-target": [
          {
            "in": "query",
            "name": "company_id",
            "is": "company"
          }
        ],
        "x-pleo-source": "pleo-app-marketplace-openapi.yml",
        "summary": "The installation of the company the key belongs to",
        "description": "Use it to verify a key and learn its \`company_id\`. A company-level key answers for its own\\ncompany; an organisation-level key answers for \`company_id\`, or for the organisation's first\\ncompany when \`company_id\` is omitted. Needs no scope.\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "company_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "Installation exists.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/InstallationResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "post": {
        "tags": [
          "Installations"
        ],
        "operationId": "createClientInstallation",
        "x-pleo-source": "pleo-app-marketplace-openapi.yml",
        "summary": "Create (or re-create) the key's installation",
        "description": "Status defaults to the current one, or ACTIVATED. A company-level key acts on its company; an\\norganisation-level key on the organisation's first company. Needs no scope.\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateClientInstallationRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Installation created.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/InstallationResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "put": {
        "tags": [
          "Installations"
        ],
        "operationId": "updateClientInstallation",
        "x-pleo-source": "pleo-app-marketplace-openapi.yml",
        "summary": "Report the integration's status (and error code) on its installation",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateInstallationRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Installation updated.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/InstallationResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "tags": [
          "Installations"
        ],
        "operationId": "deleteClientInstallation",
        "x-pleo-source": "pleo-app-marketplace-openapi.yml",
        "summary": "Delete the key's installation; GET answers 404 until it is created again",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          }
        ],
        "responses": {
          "204": {
            "description": "Installation deleted."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/installations/me:activate": {
      "post": {
        "tags": [
          "Installations"
        ],
        "operationId": "activateMyInstallation",
        "x-pleo-source": "pleo-app-marketplace-openapi.yml",
        "summary": "Activate the key's installation once the integration has synchronised its master data",
        "description": "Sets the status to ACTIVATED (from any other, and again if it already is), as an integration\\ndoes after authorisation. A company-level key acts on its company; an organisation-level key\\non the organisation's first company. Needs no scope.\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          }
        ],
        "responses": {
          "200": {
            "description": "Installation is successfully activated.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/InstallationResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/introspect": {
      "get": {
        "tags": [
          "Installations"
        ],
        "operationId": "introspect",
        "x-pleo-source": "pleo-app-marketplace-openapi.yml",
        "summary": "What the credential is, for which app, with which scopes, about which company",
        "description": "Works with every credential: a Standalone API Key (\`authMethod\` API_KEY, \`clientId\` the key's\\nid, no \`applicationName\`), an Integrated API Key (API_KEY, the app's \`clientId\` and name) and\\nan OAuth access token (OAUTH2). \`scope\` lists the scopes space-separated; \`subjectURN\` is the\\ncompany (or organisation) the credential acts for. Needs no scope.\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          }
        ],
        "responses": {
          "200": {
            "description": "The credential's details.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExternalClientModelDetails"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      }
    },
    "/v1/companies": {
      "get": {
        "tags": [
          "Companies"
        ],
        "operationId": "getCompanies",
        "x-sandbox-scope": "companies:read",
        "x-sandbox-target": [
          {
            "in": "query",
            "name": "organization_id",
            "is": "organisation"
          }
        ],
        "x-pleo-source": "pleo-oberon-openapi.yml",
        "summary": "Companies the key can see (scope companies:read)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "organization_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "$ref": "#/components/parameters/before"
          },
          {
            "$ref": "#/components/parameters/after"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/sorting_keys"
          },
          {
            "$ref": "#/components/parameters/sorting_order"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of companies.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/CompanyPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/companies/{companyId}": {
      "get": {
        "tags": [
          "Companies"
        ],
        "operationId": "getCompany",
        "x-sandbox-scope": "companies:read",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "companyId",
            "is": "company"
          }
        ],
        "x-pleo-source": "pleo-oberon-openapi.yml",
        "summary": "One company (scope companies:read)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "companyId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The company.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/CompanyData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v2/employees": {
      "get": {
        "tags": [
          "Employees"
        ],
        "operationId": "getEmployees",
        "x-sandbox-scope": "users:read",
        "x-sandbox-target": [
          {
            "in": "query",
            "name": "companyId",
            "is": "company"
          }
        ],
        "x-pleo-source": "pleo-oberon-openapi.yml",
        "summary": "Employees the key can see (scope users:read)",
        "description": "Without \`companyId\`, every employee of every company the key covers.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "companyId",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "name": "email",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "code",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "$ref": "#/components/parameters/before"
          },
          {
            "$ref": "#/components/parameters/after"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/sorting_keys"
          },
          {
            "$ref": "#/components/parameters/sorting_order"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of employees.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/EmployeePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v2/employees/{employeeId}": {
      "get": {
        "tags": [
          "Employees"
        ],
        "operationId": "getEmployee",
        "x-sandbox-scope": "users:read",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "employeeId",
            "is": "employee"
          }
        ],
        "x-pleo-source": "pleo-oberon-openapi.yml",
        "summary": "One employee (scope users:read)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "employeeId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The employee.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/EmployeeData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/subscriptions": {
      "get": {
        "tags": [
          "Subscriptions"
        ],
        "operationId": "getSubscriptions",
        "x-pleo-source": "pleo-webhook-subscriptions-openapi.yml",
        "x-pleo-differences": [
          "status"
        ],
        "summary": "The subscriptions registered for the key's company (or organisation)",
        "description": "A company-level key sees its company's subscriptions; an organisation-level key sees its\\norganisation's. Deleted subscriptions are not listed. Needs no scope in the sandbox.\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/SubscriptionStatus"
            }
          },
          {
            "name": "event_types",
            "in": "query",
            "required": false,
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "uniqueItems": true,
              "items": {
                "type": "string"
              }
            }
          },
          {
            "$ref": "#/components/parameters/before"
          },
          {
            "$ref": "#/components/parameters/after"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/sorting_keys"
          },
          {
            "$ref": "#/components/parameters/sorting_order"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of subscriptions.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/SubscriptionPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "post": {
        "tags": [
          "Subscriptions"
        ],
        "operationId": "createSubscription",
        "x-pleo-source": "pleo-webhook-subscriptions-openapi.yml",
        "x-pleo-differences": [
          "body.eventTypes[]"
        ],
        "summary": "Subscribe an endpoint to event types",
        "description": "Answers 200 (as Pleo does, not 201). Fetch the signing secret with\\n\`GET /v1/subscriptions/{id}/secret\`.\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SubscriptionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The subscription.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/SubscriptionResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/LimitReached"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/subscriptions/{id}": {
      "get": {
        "tags": [
          "Subscriptions"
        ],
        "operationId": "getSubscriptionById",
        "x-pleo-source": "pleo-webhook-subscriptions-openapi.yml",
        "summary": "One subscription",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/SubscriptionId"
          }
        ],
        "responses": {
          "200": {
            "description": "The subscription.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/SubscriptionResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "put": {
        "tags": [
          "Subscriptions"
        ],
        "operationId": "updateSubscription",
        "x-pleo-source": "pleo-webhook-subscriptions-openapi.yml",
        "x-pleo-differences": [
          "body.eventTypes[]"
        ],
        "summary": "Replace a subscription's endpoint, event types, headers, auth and status",
        "description": "A full replacement; omitted optional fields are cleared and \`status\` defaults to ACTIVE. The secret stays.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/SubscriptionId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SubscriptionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated subscription.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/SubscriptionResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "tags": [
          "Subscriptions"
        ],
        "operationId": "deleteSubscription",
        "x-pleo-source": "pleo-webhook-subscriptions-openapi.yml",
        "summary": "Delete a subscription; deliveries to it stop, retries included",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/SubscriptionId"
          }
        ],
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/subscriptions/{id}/activities": {
      "get": {
        "tags": [
          "Subscriptions"
        ],
        "operationId": "getSubscriptionActivities",
        "x-pleo-source": "pleo-webhook-subscriptions-openapi.yml",
        "x-pleo-differences": [
          "operation_types"
        ],
        "summary": "What happened to a subscription (create, update, delete) and every delivery attempt",
        "description": "Oldest first. Besides Pleo's CREATE, UPDATE and DELETE, the sandbox records each delivery\\nattempt as a DELIVERY activity. A deleted subscription's activities stay readable.\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/SubscriptionId"
          },
          {
            "name": "operation_types",
            "in": "query",
            "required": false,
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "uniqueItems": true,
              "items": {
                "$ref": "#/components/schemas/SubscriptionOperationType"
              }
            }
          },
          {
            "$ref": "#/components/parameters/before"
          },
          {
            "$ref": "#/components/parameters/after"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/sorting_keys"
          },
          {
            "$ref": "#/components/parameters/sorting_order"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of activities.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/SubscriptionActivityPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/subscriptions/{id}/secret": {
      "get": {
        "tags": [
          "Subscriptions"
        ],
        "operationId": "getSubscriptionSecret",
        "x-pleo-source": "pleo-webhook-subscriptions-openapi.yml",
        "x-pleo-differences": [
          "200.data"
        ],
        "summary": "The secret that signs this subscription's deliveries",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/SubscriptionId"
          }
        ],
        "responses": {
          "200": {
            "description": "The secret.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/SubscriptionSecretResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/accounting-entries:search": {
      "post": {
        "tags": [
          "Accounting entries"
        ],
        "operationId": "externalSearchAccountingEntriesV1",
        "x-sandbox-scope": "accounting-entries:read",
        "x-sandbox-target": [
          {
            "in": "query",
            "name": "company_id",
            "is": "company"
          },
          {
            "in": "query",
            "name": "organization_id",
            "is": "organisation"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "x-pleo-unsupported-parameters": [
          "partner_id"
        ],
        "summary": "Search accounting entries (scope accounting-entries:read)",
        "description": "Name the company with \`company_id\`, or every company of an organisation with \`organization_id\`;\\none of them is required, whatever the key's access level (400 without).\\nOnly one date window (\`performedAt*\`, \`settledAt*\` or \`bookkeepingDate*\`) per search.\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "company_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "name": "organization_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "$ref": "#/components/parameters/before"
          },
          {
            "$ref": "#/components/parameters/after"
          },
          {
            "$ref": "#/components/parameters/limitUpTo100"
          },
          {
            "name": "sorting_keys",
            "in": "query",
            "required": false,
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/AccountingEntriesSortingKeys"
              }
            }
          },
          {
            "$ref": "#/components/parameters/sorting_order"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AccountingEntrySearchRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "A page of accounting entries.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/AccountingEntryPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/accounting-entries/{accountingEntryId}": {
      "get": {
        "tags": [
          "Accounting entries"
        ],
        "operationId": "externalGetAccountingEntryV1",
        "x-sandbox-scope": "accounting-entries:read",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "accountingEntryId",
            "is": "accountingEntry"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "One accounting entry (scope accounting-entries:read)",
        "description": "The entry's own company decides; a deleted entry is found only with \`include_deleted=true\`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/accountingEntryId"
          },
          {
            "name": "include_deleted",
            "in": "query",
            "required": false,
            "schema": {
              "type": "boolean"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The entry.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/AccountingEntryData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/accounting-entries/{accountingEntryId}/receipts": {
      "get": {
        "tags": [
          "Accounting entries"
        ],
        "operationId": "getAllReceiptsV6",
        "x-sandbox-scope": "accounting-entries:read",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "accountingEntryId",
            "is": "accountingEntry"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "An entry's receipts (scope accounting-entries:read)",
        "description": "Ten a page unless \`limit\` says otherwise. \`file_type\` picks which rendition the URLs point at.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/accountingEntryId"
          },
          {
            "name": "source",
            "in": "query",
            "required": false,
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/ReceiptSource"
              }
            }
          },
          {
            "name": "file_type",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/ReceiptFileType"
            }
          },
          {
            "$ref": "#/components/parameters/before"
          },
          {
            "$ref": "#/components/parameters/after"
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "format": "int32",
              "minimum": 1,
              "maximum": 100,
              "default": 10
            }
          },
          {
            "name": "sorting_keys",
            "in": "query",
            "required": false,
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/ReceiptsSortingKeys"
              }
            }
          },
          {
            "$ref": "#/components/parameters/sorting_order"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of receipts.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ReceiptPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/accounting-entries/{accountingEntryId}/receipts/{receiptId}": {
      "get": {
        "tags": [
          "Accounting entries"
        ],
        "operationId": "getReceiptFileV6",
        "x-sandbox-scope": "accounting-entries:read",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "accountingEntryId",
            "is": "accountingEntry"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "One receipt of an entry, with a time-bound URL (scope accounting-entries:read)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/accountingEntryId"
          },
          {
            "name": "receiptId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "name": "file_type",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/ReceiptFileType"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The receipt.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ReceiptData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/accounting-entries/receipts:search": {
      "post": {
        "tags": [
          "Accounting entries"
        ],
        "operationId": "searchReceiptsByPostV6",
        "x-sandbox-scope": "accounting-entries:read",
        "x-sandbox-target": [
          {
            "in": "query",
            "name": "company_id",
            "is": "company"
          },
          {
            "in": "query",
            "name": "organization_id",
            "is": "organisation"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "x-pleo-unsupported-parameters": [
          "partner_id"
        ],
        "summary": "Search the receipts of a company's (or organisation's) accounting entries (scope accounting-entries:read)",
        "description": "\`company_id\` or \`organization_id\` is required, whatever the key's access level. Receipts of\\ndeleted entries count as deleted (\`includeDeleted\`). \`fileType\` picks the rendition the URLs\\npoint at. Ten a page unless \`limit\` says otherwise (at most 100).\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "company_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "name": "organization_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "$ref": "#/components/parameters/before"
          },
          {
            "$ref": "#/components/parameters/after"
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "format": "int32",
              "minimum": 1,
              "maximum": 100,
              "default": 10
            }
          },
          {
            "name": "sorting_keys",
            "in": "query",
            "required": false,
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/ReceiptsSortingKeys"
              }
            }
          },
          {
            "$ref": "#/components/parameters/sorting_order"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ReceiptSearchRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "A page of receipts.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ReceiptPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/accounting-entries/{accountingEntryId}/core": {
      "get": {
        "tags": [
          "Accounting entries"
        ],
        "operationId": "getCoreAccountingEntryV6ById",
        "x-sandbox-scope": "accounting-entries:read",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "accountingEntryId",
            "is": "accountingEntry"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "One accounting entry in Gjoll's core model (scope accounting-entries:read)",
        "description": "The entry of \`GET /v1/accounting-entries/{accountingEntryId}\` as Gjoll's older core model: no tags,\\nsplit items or attendees; \`fees\` (none in the sandbox), the wallet value, the reconciliation id,\\nand the deprecated gross, net and tax bill values by the tax calculation's arithmetic. A deleted\\nentry is found only with \`include_deleted=true\`; \`include_hidden\` changes nothing (no entry is\\nhidden in the sandbox).\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/accountingEntryId"
          },
          {
            "name": "include_deleted",
            "in": "query",
            "required": false,
            "schema": {
              "type": "boolean"
            }
          },
          {
            "name": "include_hidden",
            "in": "query",
            "required": false,
            "deprecated": true,
            "schema": {
              "type": "boolean"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The entry.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/AccountingEntryCoreData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v3/export-jobs": {
      "get": {
        "tags": [
          "Export"
        ],
        "operationId": "getExportJobsListV3",
        "x-sandbox-scope": "export-jobs:read",
        "x-sandbox-target": [
          {
            "in": "query",
            "name": "company_id",
            "is": "company"
          }
        ],
        "x-pleo-source": "pleo-export-openapi.yml",
        "summary": "A company's export jobs, oldest first (scope export-jobs:read)",
        "description": "An organisation-level key must send \`company_id\`. Open jobs past their hour show as failed (\`job_expired\`).",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "company_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "name": "statuses",
            "in": "query",
            "required": false,
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/ExportJobStatus"
              }
            }
          },
          {
            "$ref": "#/components/parameters/before"
          },
          {
            "$ref": "#/components/parameters/after"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/sorting_keys"
          },
          {
            "$ref": "#/components/parameters/sorting_order"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of export jobs.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExportJobPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "post": {
        "tags": [
          "Export"
        ],
        "operationId": "createExportJobV3",
        "x-sandbox-scope": "export-jobs:write",
        "x-sandbox-target": [
          {
            "in": "body",
            "name": "companyId",
            "is": "company"
          }
        ],
        "x-pleo-source": "pleo-export-openapi.yml",
        "summary": "Create a pending export job (scope export-jobs:write)",
        "description": "One open (pending or in_progress) job per company; a second is refused with 409. A company with a wallet not mapped to a contra account is refused with 400 MISSING_CONTRA_ACCOUNTS.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateExportJob"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The job, pending.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExportJobData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "description": "EXPORT_ALREADY_IN_PROGRESS - the company has an open export job.",
            "headers": {
              "X-Sandbox-Reason": {
                "$ref": "#/components/headers/X-Sandbox-Reason"
              }
            },
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExceptionInfo"
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v3/export-jobs/{jobId}": {
      "get": {
        "tags": [
          "Export"
        ],
        "operationId": "getExportJobByIdV3",
        "x-sandbox-scope": "export-jobs:read",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "jobId",
            "is": "exportJob"
          }
        ],
        "x-pleo-source": "pleo-export-openapi.yml",
        "summary": "One export job (scope export-jobs:read)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "jobId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The job.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExportJobData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v3/export-jobs/{jobId}/items": {
      "get": {
        "tags": [
          "Export"
        ],
        "operationId": "getExportJobItemsV3",
        "x-sandbox-scope": "export-jobs:read",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "jobId",
            "is": "exportJob"
          }
        ],
        "x-pleo-source": "pleo-export-openapi.yml",
        "summary": "The items of an export job (scope export-jobs:read)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "jobId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/ExportJobItemStatus"
            }
          },
          {
            "$ref": "#/components/parameters/before"
          },
          {
            "$ref": "#/components/parameters/after"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/sorting_keys"
          },
          {
            "$ref": "#/components/parameters/sorting_order"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of the job's items.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExportJobItemPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "put": {
        "tags": [
          "Export"
        ],
        "operationId": "updateExportJobItemsV3",
        "x-sandbox-scope": "export-jobs:write",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "jobId",
            "is": "exportJob"
          }
        ],
        "x-pleo-source": "pleo-export-openapi.yml",
        "summary": "Report items' results, at most 100 per call (scope export-jobs:write)",
        "description": "Only an in_progress job takes updates. Items that are not in the job come back in \`errors\`\\ninside the 200; the rest are updated, and their entries' \`exportStatus\` follows.\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "jobId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/UpdateExportJobItem"
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated items and the per-item errors.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExportJobItemUpdateResult"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "description": "EXPORT_JOB_ITEMS_UPDATE_LIMIT - more than 100 items in one call.",
            "headers": {
              "X-Sandbox-Reason": {
                "$ref": "#/components/headers/X-Sandbox-Reason"
              }
            },
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExceptionInfo"
                }
              }
            }
          },
          "422": {
            "description": "EXPORT_JOB_STATUS_UNPROCESSABLE - the job is not in progress (pending, finished or expired).",
            "headers": {
              "X-Sandbox-Reason": {
                "$ref": "#/components/headers/X-Sandbox-Reason"
              }
            },
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExceptionInfo"
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v3/export-job-events": {
      "post": {
        "tags": [
          "Export"
        ],
        "operationId": "createExportJobEventV3",
        "x-sandbox-scope": "export-jobs:write",
        "x-sandbox-target": [
          {
            "in": "body",
            "name": "jobId",
            "is": "exportJob"
          }
        ],
        "x-pleo-source": "pleo-export-openapi.yml",
        "summary": "Move an export job along its lifecycle (scope export-jobs:write)",
        "description": "\`started\` takes a pending job to in_progress; \`completed\`, \`completed_with_errors\` or \`failed\`\\nend an in_progress one (\`failed\` also ends a pending one). Items still open are abandoned.\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateExportJobEvent"
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "The event was applied."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "description": "INVALID_EXPORT_JOB_STATUS_CHANGE - the job's status does not accept this event.",
            "headers": {
              "X-Sandbox-Reason": {
                "$ref": "#/components/headers/X-Sandbox-Reason"
              }
            },
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExceptionInfo"
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v3/export-job-items": {
      "get": {
        "tags": [
          "Export"
        ],
        "operationId": "getExportJobItemByAccountingEntryIdV3",
        "x-sandbox-scope": "export-jobs:read",
        "x-sandbox-target": [
          {
            "in": "query",
            "name": "company_id",
            "is": "company"
          },
          {
            "in": "query",
            "name": "accounting_entry_id",
            "is": "accountingEntry"
          }
        ],
        "x-pleo-source": "pleo-export-openapi.yml",
        "summary": "The export job item of an accounting entry, from its latest job (scope export-jobs:read)",
        "description": "Pleo marks this operation as not for its public reference. \`accounting_entry_id\` names the entry\\n(400 without it); the item comes from the newest job that holds the entry, in the companies the\\nrequest may see. An entry never exported is 404 EXPORT_ENTRY_NOT_FOUND.\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "company_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "name": "accounting_entry_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The entry's export job item.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExportJobItemData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v3/export-items": {
      "get": {
        "tags": [
          "Export"
        ],
        "operationId": "getExportItemsV3",
        "x-sandbox-scope": "export-items:read",
        "x-sandbox-target": [
          {
            "in": "query",
            "name": "job_id",
            "is": "exportJob"
          }
        ],
        "x-pleo-source": "pleo-export-openapi.yml",
        "summary": "A running job's entries as export items (scope export-items:read)",
        "description": "Without \`job_id\`, the company's open job. Only pending and in_progress jobs give items, and only once every wallet of the company is mapped to a contra account (400 MISSING_CONTRA_ACCOUNTS otherwise).",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "job_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "$ref": "#/components/parameters/before"
          },
          {
            "$ref": "#/components/parameters/after"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/sorting_keys"
          },
          {
            "$ref": "#/components/parameters/sorting_order"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of export items.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExportItemPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "description": "EXPORT_JOB_STATUS_UNPROCESSABLE - the job is finished or expired.",
            "headers": {
              "X-Sandbox-Reason": {
                "$ref": "#/components/headers/X-Sandbox-Reason"
              }
            },
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExceptionInfo"
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sandbox/scenarios": {
      "get": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "listSandboxScenarios",
        "summary": "The scenario catalogue, with what each one teaches",
        "description": "Every scenario of \`scenarios/\`, whether it can be forced (by \`X-Sandbox-Scenario\` or armed), and the answer it gives.",
        "security": [],
        "responses": {
          "200": {
            "description": "The catalogue, in the guide's order.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ScenarioCatalogue"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sandbox/scenarios/active": {
      "get": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "listArmedScenarios",
        "summary": "The armed scenarios, oldest first",
        "security": [],
        "responses": {
          "200": {
            "description": "What is armed now.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ArmedScenarioList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "post": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "armScenario",
        "summary": "Arm a scenario for a key, a company, or every request",
        "description": "From now on, Pleo operations whose key (or OAuth grant, for Bearer calls) is \`keyId\` (and/or whose company is \`companyId\`; with\\nneither, every Pleo operation) are answered as if they carried \`X-Sandbox-Scenario\`, for\\n\`times\` requests or until disarmed. The header, when sent, wins over an armed scenario; the\\nfirst armed scenario that matches applies.\\n",
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ArmScenarioRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Armed.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ArmedScenarioData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "disarmAllScenarios",
        "summary": "Disarm every armed scenario",
        "security": [],
        "responses": {
          "204": {
            "description": "Nothing is armed any more."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sandbox/scenarios/active/{id}": {
      "delete": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "disarmScenario",
        "summary": "Disarm one armed scenario",
        "security": [],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          }
        ],
        "responses": {
          "204": {
            "description": "Disarmed."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sandbox/faults": {
      "get": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "listArmedFaults",
        "summary": "The armed faults, oldest first",
        "security": [],
        "responses": {
          "200": {
            "description": "What is armed now.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ArmedFaultList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "post": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "armFault",
        "summary": "Arm a fault (latency, a 429 or 5xx, a dropped connection, no answer) on matching requests",
        "description": "\`fault\` is written as in the \`X-Sandbox-Fault\` header. It applies to the Pleo operations that\\nmatch every filter given (\`method\`; \`path\`, where \`*\` matches anything, or the contract's\\npath template; \`keyId\`; \`companyId\`), with \`probability\` (drawn from a generator seeded with\\n\`seed\`, so a run repeats), for \`times\` requests or until disarmed. The header, when sent,\\nwins; otherwise the first armed fault that matches and fires applies.\\n",
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ArmFaultRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Armed.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ArmedFaultData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "disarmAllFaults",
        "summary": "Disarm every armed fault",
        "security": [],
        "responses": {
          "204": {
            "description": "Nothing is armed any more."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sandbox/faults/{id}": {
      "delete": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "disarmFault",
        "summary": "Disarm one armed fault",
        "security": [],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          }
        ],
        "responses": {
          "204": {
            "description": "Disarmed."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sandbox/rate-limit": {
      "get": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "getSandboxRateLimit",
        "summary": "Whether Pleo's rate limit (per key, per minute) is enforced, and at what rate",
        "security": [],
        "responses": {
          "200": {
            "description": "The rate limit.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/RateLimitData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "post": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "setSandboxRateLimit",
        "summary": "Turn the rate limit on or off, or change its rate",
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SetRateLimitRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The rate limit now.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/RateLimitData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sandbox/requests": {
      "get": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "listSandboxRequests",
        "summary": "The request journal, newest first",
        "description": "The last requests this sandbox (or workspace) answered and the webhook deliveries it made,\\nnewest first, at most 1,000 by default: what was asked, the answer, the key, and the scenario\\nor fault applied. Never a secret: no headers, no bodies, credentials in query strings cut.\\nRequests to \`/sandbox/requests\` itself are not recorded.\\n",
        "security": [],
        "parameters": [
          {
            "name": "keyId",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "name": "path",
            "in": "query",
            "required": false,
            "description": "The path (no query string), where \`*\` matches anything, or the contract's path template (\`/v1/vendors/{id}\`).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "method",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/HttpMethod"
            }
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 599
            }
          },
          {
            "name": "kind",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/JournalKind"
            }
          },
          {
            "$ref": "#/components/parameters/before"
          },
          {
            "$ref": "#/components/parameters/after"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "default": 20
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of the journal; \`pagination.total\` counts every match.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/JournalPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "clearSandboxRequests",
        "summary": "Empty the request journal",
        "security": [],
        "responses": {
          "204": {
            "description": "The journal is empty."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sandbox/webhooks/chaos": {
      "get": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "listWebhookChaos",
        "summary": "The armed webhook delivery rules, oldest first",
        "security": [],
        "responses": {
          "200": {
            "description": "What is armed now.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookChaosRuleList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "post": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "armWebhookChaos",
        "summary": "Deliver matching events twice, out of order, late, or after failed attempts",
        "description": "Applies to the next events (\`times\`, or until disarmed) delivered to \`subscriptionId\` (or any\\nsubscription) of \`eventType\` (or any type): \`duplicate\` delivers the same message (same\\n\`webhook-id\`) twice; \`out-of-order\` holds it until the next event to that subscription has\\nbeen delivered (at most \`delaySeconds\` of sandbox time); \`late\` holds it for \`delaySeconds\` of\\nsandbox time (moving the clock releases it); \`fail-first\` sends the first \`attempts\` attempts\\nand counts them as failed whatever the answer, so the retries arrive too.\\n",
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ArmWebhookChaosRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "Armed.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookChaosRuleData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "disarmAllWebhookChaos",
        "summary": "Disarm every webhook delivery rule",
        "security": [],
        "responses": {
          "204": {
            "description": "Nothing is armed any more."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sandbox/webhooks/chaos/{id}": {
      "delete": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "disarmWebhookChaos",
        "summary": "Disarm one webhook delivery rule",
        "security": [],
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          }
        ],
        "responses": {
          "204": {
            "description": "Disarmed."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sandbox/webhooks/resend": {
      "post": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "resendWebhookEvent",
        "summary": "Deliver a past event again, as Pleo would on a manual retry",
        "description": "The same body and the same \`webhook-id\` as the first time (re-stamped and re-signed), to\\neach subscription that got it and still wants it, or to \`subscriptionId\` alone. The sandbox\\nremembers the last 100 events.\\n",
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WebhookResendRequest"
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "The deliveries started.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookResendData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sandbox/workspaces": {
      "get": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "listSandboxWorkspaces",
        "summary": "The workspaces alive now, and their limits",
        "security": [],
        "responses": {
          "200": {
            "description": "The workspaces, most recently used first.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/WorkspaceListData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sandbox/workspaces/{name}": {
      "delete": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "deleteSandboxWorkspace",
        "summary": "Drop a workspace now, with its keys, clock and journal",
        "security": [],
        "parameters": [
          {
            "name": "name",
            "in": "path",
            "required": true,
            "schema": {
              "$ref": "#/components/schemas/WorkspaceName"
            }
          }
        ],
        "responses": {
          "204": {
            "description": "Gone; the name makes a fresh workspace on its next use."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v2/export-jobs": {
      "get": {
        "tags": [
          "Export"
        ],
        "operationId": "getExportJobsListV2",
        "x-sandbox-scope": "export-jobs:read",
        "x-sandbox-target": [
          {
            "in": "query",
            "name": "company_id",
            "is": "company"
          }
        ],
        "x-pleo-source": "pleo-export-openapi.yml",
        "summary": "A company's export jobs, oldest first, as Export v2 (scope export-jobs:read)",
        "description": "The same jobs as \`GET /v3/export-jobs\`. \`status\` (one status, deprecated) and \`statuses\` may both\\nbe sent; a job matching either is listed. A company with wallets in several currencies is\\nrefused with 400 UNSUPPORTED_API_VERSION, as Export v2 is.\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "company_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "deprecated": true,
            "schema": {
              "$ref": "#/components/schemas/ExportJobStatus"
            }
          },
          {
            "name": "statuses",
            "in": "query",
            "required": false,
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/ExportJobStatus"
              }
            }
          },
          {
            "$ref": "#/components/parameters/before"
          },
          {
            "$ref": "#/components/parameters/after"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/sorting_keys"
          },
          {
            "$ref": "#/components/parameters/sorting_order"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of export jobs.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExportJobPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "post": {
        "tags": [
          "Export"
        ],
        "operationId": "createExportJobV2",
        "x-sandbox-scope": "export-jobs:write",
        "x-sandbox-target": [
          {
            "in": "body",
            "name": "companyId",
            "is": "company"
          }
        ],
        "x-pleo-source": "pleo-export-openapi.yml",
        "summary": "Create a pending export job, as Export v2 (scope export-jobs:write)",
        "description": "The lifecycle of \`POST /v3/export-jobs\`, without its contra-account check (v2 has none); 409 while the company has an open job.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateExportJob"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The job, pending.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExportJobData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "description": "EXPORT_ALREADY_IN_PROGRESS - the company has an open export job.",
            "headers": {
              "X-Sandbox-Reason": {
                "$ref": "#/components/headers/X-Sandbox-Reason"
              }
            },
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExceptionInfo"
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v2/export-jobs/{jobId}": {
      "get": {
        "tags": [
          "Export"
        ],
        "operationId": "getExportJobByIdV2",
        "x-sandbox-scope": "export-jobs:read",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "jobId",
            "is": "exportJob"
          }
        ],
        "x-pleo-source": "pleo-export-openapi.yml",
        "summary": "One export job, as Export v2 (scope export-jobs:read)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "jobId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The job.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExportJobData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v2/export-jobs/{jobId}/items": {
      "get": {
        "tags": [
          "Export"
        ],
        "operationId": "getExportJobItemsV2",
        "x-sandbox-scope": "export-jobs:read",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "jobId",
            "is": "exportJob"
          }
        ],
        "x-pleo-source": "pleo-export-openapi.yml",
        "summary": "The items of an export job, as Export v2 (scope export-jobs:read)",
        "description": "A failure reason only v3 knows (\`vendor_unknown\`, \`account_unknown\`, \`tax_code_unknown\`, \`tag_unknown\`) reads as \`accounting_system_validation_failure\`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "jobId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "schema": {
              "$ref": "#/components/schemas/ExportJobItemStatus"
            }
          },
          {
            "$ref": "#/components/parameters/before"
          },
          {
            "$ref": "#/components/parameters/after"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/sorting_keys"
          },
          {
            "$ref": "#/components/parameters/sorting_order"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of the job's items.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExportJobItemPageV2"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "put": {
        "tags": [
          "Export"
        ],
        "operationId": "updateExportJobItemsV2",
        "x-sandbox-scope": "export-jobs:write",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "jobId",
            "is": "exportJob"
          }
        ],
        "x-pleo-source": "pleo-export-openapi.yml",
        "summary": "Report items' results, at most 100 per call, as Export v2 (scope export-jobs:write)",
        "description": "The rules of \`PUT /v3/export-jobs/{jobId}/items\`, with v2's failure reasons.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "jobId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/UpdateExportJobItemV2"
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated items and the per-item errors.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExportJobItemUpdateResultV2"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "413": {
            "description": "EXPORT_JOB_ITEMS_UPDATE_LIMIT - more than 100 items in one call.",
            "headers": {
              "X-Sandbox-Reason": {
                "$ref": "#/components/headers/X-Sandbox-Reason"
              }
            },
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExceptionInfo"
                }
              }
            }
          },
          "422": {
            "description": "EXPORT_JOB_STATUS_UNPROCESSABLE - the job is not in progress (pending, finished or expired).",
            "headers": {
              "X-Sandbox-Reason": {
                "$ref": "#/components/headers/X-Sandbox-Reason"
              }
            },
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExceptionInfo"
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v2/export-job-events": {
      "post": {
        "tags": [
          "Export"
        ],
        "operationId": "createExportJobEventV2",
        "x-sandbox-scope": "export-jobs:write",
        "x-sandbox-target": [
          {
            "in": "body",
            "name": "jobId",
            "is": "exportJob"
          }
        ],
        "x-pleo-source": "pleo-export-openapi.yml",
        "summary": "Move an export job along its lifecycle, as Export v2 (scope export-jobs:write)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateExportJobEvent"
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "The event was applied."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "description": "INVALID_EXPORT_JOB_STATUS_CHANGE - the job's status does not accept this event.",
            "headers": {
              "X-Sandbox-Reason": {
                "$ref": "#/components/headers/X-Sandbox-Reason"
              }
            },
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExceptionInfo"
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v2/export-items": {
      "get": {
        "tags": [
          "Export"
        ],
        "operationId": "getExportItemsV2",
        "x-sandbox-scope": "export-items:read",
        "x-sandbox-target": [
          {
            "in": "query",
            "name": "job_id",
            "is": "exportJob"
          }
        ],
        "x-pleo-source": "pleo-export-openapi.yml",
        "summary": "A running job's entries as Export v2 items (scope export-items:read)",
        "description": "Without \`job_id\`, the company's open job. Only pending and in_progress jobs give items. v2 items carry \`teamCode\` and no \`contraAccount\`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "job_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "$ref": "#/components/parameters/before"
          },
          {
            "$ref": "#/components/parameters/after"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/sorting_keys"
          },
          {
            "$ref": "#/components/parameters/sorting_order"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of export items.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExportItemPageV2"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "422": {
            "description": "EXPORT_JOB_STATUS_UNPROCESSABLE - the job is finished or expired.",
            "headers": {
              "X-Sandbox-Reason": {
                "$ref": "#/components/headers/X-Sandbox-Reason"
              }
            },
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExceptionInfo"
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sandbox/world": {
      "get": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "getSandboxWorld",
        "summary": "Organisations, companies (with features), web-app users and the scope catalogue",
        "security": [],
        "responses": {
          "200": {
            "description": "The world.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/SandboxWorldData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sandbox/api-keys": {
      "get": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "listSandboxApiKeys",
        "summary": "The acting user's company's keys (never the secret)",
        "description": "Paged like Pleo's lists (default 20, at most 100), newest first unless sorted.",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/UserHeader"
          },
          {
            "$ref": "#/components/parameters/before"
          },
          {
            "$ref": "#/components/parameters/after"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/sorting_keys"
          },
          {
            "$ref": "#/components/parameters/sorting_order"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of the keys, newest first.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ApiKeyList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "post": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "createSandboxApiKey",
        "summary": "Create an API key (Settings > API Keys > Create API Key)",
        "description": "The secret \`key\` is in this response and nowhere else, ever.",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/UserHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateApiKeyRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The key, with its secret shown once.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/CreatedApiKeyData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/LimitReached"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sandbox/api-keys/{id}": {
      "delete": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "deleteSandboxApiKey",
        "summary": "Delete (revoke) a key at once",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/UserHeader"
          },
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          }
        ],
        "responses": {
          "204": {
            "description": "Deleted; the key is refused (401) from now on."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sandbox/oauth-apps": {
      "get": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "listSandboxOAuthApps",
        "summary": "The OAuth apps the acting user's company registered (never the client secret)",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/UserHeader"
          }
        ],
        "responses": {
          "200": {
            "description": "The apps, newest first.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/OAuthAppList"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      },
      "post": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "createSandboxOAuthApp",
        "summary": "Register an OAuth app; its client secret is in this answer only",
        "description": "The app may ask for the listed scopes, and only send users back to the listed redirect URIs\\n(compared exactly, as OAuth requires). \`clientSecret\` is shown once and stored as a hash.\\n",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/UserHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateOAuthAppRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The app, with its client secret shown once.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/CreatedOAuthAppData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/LimitReached"
          }
        }
      }
    },
    "/sandbox/oauth-apps/{id}": {
      "delete": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "deleteSandboxOAuthApp",
        "summary": "Delete an OAuth app; its tokens, installations and integrated keys stop working at once",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/UserHeader"
          },
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          }
        ],
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/sandbox/installations": {
      "get": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "listSandboxInstallations",
        "summary": "The apps installed in the acting user's company (and organisation), by OAuth or with an integrated key",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/UserHeader"
          }
        ],
        "responses": {
          "200": {
            "description": "The live installations, newest first.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/SandboxInstallationList"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          }
        }
      },
      "post": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "createSandboxInstallation",
        "summary": "Install an app in a company and get its Integrated API Key (shown once)",
        "description": "An admin of the company approves some of the app's scopes. The answer holds the installation\\nand its Integrated API Key (\`key\`), which is sent like any key (Basic), is listed under\\n\`GET /sandbox/api-keys\`, and stops working when the installation is deleted. Installing an app\\nagain replaces the installation's key.\\n",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/UserHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateSandboxInstallationRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The installation, with its Integrated API Key shown once.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/CreatedSandboxInstallationData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/LimitReached"
          }
        }
      }
    },
    "/sandbox/installations/{id}": {
      "delete": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "deleteSandboxInstallation",
        "summary": "Uninstall an app; its integrated key and OAuth tokens stop working at once",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/UserHeader"
          },
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          }
        ],
        "responses": {
          "204": {
            "description": "Uninstalled."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/sandbox/webhooks/test": {
      "post": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "sendSandboxTestEvent",
        "summary": "Emit a sample event now, as if Pleo had created an export job or a vendor",
        "description": "\`{subscriptionId}\` sends to that subscription alone (event type: \`eventType\`, or its first);\\n\`{companyId, eventType}\` sends to every ACTIVE subscription of that company (and of its\\norganisation) for that event type. The answer comes at once; deliveries run in the\\nbackground and show up as DELIVERY activities of each subscription.\\n",
        "security": [],
        "parameters": [
          {
            "$ref": "#/components/parameters/UserHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WebhookTestRequest"
              }
            }
          }
        },
        "responses": {
          "202": {
            "description": "The event, and the deliveries started for it.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookTestData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "description": "Too many webhook deliveries are pending (\`limit_reached\`); \`Retry-After\` says when to try again.",
            "headers": {
              "X-Sandbox-Reason": {
                "$ref": "#/components/headers/X-Sandbox-Reason"
              },
              "Retry-After": {
                "schema": {
                  "type": "integer"
                }
              }
            },
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ExceptionInfo"
                }
              }
            }
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sandbox/clock": {
      "get": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "getSandboxClock",
        "summary": "The sandbox's time",
        "security": [],
        "responses": {
          "200": {
            "description": "Now, by the sandbox clock.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ClockData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "post": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "setSandboxClock",
        "summary": "Move the sandbox's time (keys and export jobs expire by it)",
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SetClockRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The new time.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/ClockData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/sandbox/reset": {
      "post": {
        "tags": [
          "Sandbox"
        ],
        "operationId": "resetSandbox",
        "summary": "Back to the seeded world and the real clock",
        "security": [],
        "responses": {
          "204": {
            "description": "Reset."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/healthz": {
      "get": {
        "tags": [
          "Tooling"
        ],
        "operationId": "getHealth",
        "summary": "Readiness, for CI wait loops",
        "description": "Always 200 while the sandbox answers; needs no credential and reads no state.",
        "security": [],
        "responses": {
          "200": {
            "description": "The sandbox is up.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/Health"
                }
              }
            }
          }
        }
      }
    },
    "/openapi.json": {
      "get": {
        "tags": [
          "Tooling"
        ],
        "operationId": "getOpenApiJson",
        "summary": "This contract as JSON, with \`servers\` pointing at this sandbox",
        "description": "The document you are reading, its \`servers\` replaced by the address the request reached\\n(the Host header, or X-Forwarded-Proto, -Host and -Prefix behind a proxy). Import it into\\nPostman, Insomnia or Bruno, or generate a client from it (openapi-typescript).\\n",
        "security": [],
        "responses": {
          "200": {
            "description": "The OpenAPI 3.1 document.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/OpenApiDocument"
                }
              }
            }
          }
        }
      }
    },
    "/openapi.yaml": {
      "get": {
        "tags": [
          "Tooling"
        ],
        "operationId": "getOpenApiYaml",
        "summary": "This contract as YAML, with \`servers\` pointing at this sandbox",
        "description": "The same document as \`/openapi.json\`, as written in the sandbox's sources.",
        "security": [],
        "responses": {
          "200": {
            "description": "The OpenAPI 3.1 document.",
            "content": {
              "application/yaml": {
                "schema": {
                  "type": "string"
                }
              }
            }
          }
        }
      }
    },
    "/v0/tag-groups": {
      "get": {
        "tags": [
          "Tags"
        ],
        "operationId": "getTagGroups",
        "x-sandbox-scope": "tag-groups:read",
        "x-sandbox-target": [
          {
            "in": "query",
            "name": "company_id",
            "is": "company"
          },
          {
            "in": "query",
            "name": "organization_id",
            "is": "organisation"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "Tag groups of a company, or of every company of an organisation (scope tag-groups:read)",
        "description": "Send \`company_id\` or \`organization_id\`; with both, \`company_id\` wins; with neither, 400.\\nNot paginated. Archived groups only with \`include_archived=true\`.\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "company_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "name": "organization_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "name": "include_archived",
            "in": "query",
            "required": false,
            "schema": {
              "type": "boolean",
              "default": false
            }
          },
          {
            "name": "include_tags_count",
            "in": "query",
            "required": false,
            "schema": {
              "type": "boolean",
              "default": false
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The tag groups.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TagGroupList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "post": {
        "tags": [
          "Tags"
        ],
        "operationId": "createTagGroup",
        "x-sandbox-scope": "tag-groups:write",
        "x-sandbox-target": [
          {
            "in": "query",
            "name": "company_id",
            "is": "company"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "Create a tag group (scope tag-groups:write)",
        "description": "Pleo documents only a default response; the sandbox answers 200, and 409 when the company already has a group with that \`code\`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/CompanyIdQuery"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TagGroupCreateRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The new tag group.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TagGroupData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v0/tag-groups/{groupId}": {
      "get": {
        "tags": [
          "Tags"
        ],
        "operationId": "getTagGroup",
        "x-sandbox-scope": "tag-groups:read",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "groupId",
            "is": "tagGroup"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "One tag group (scope tag-groups:read)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/TagGroupId"
          }
        ],
        "responses": {
          "200": {
            "description": "The tag group.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TagGroupData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "put": {
        "tags": [
          "Tags"
        ],
        "operationId": "updateTagGroup",
        "x-sandbox-scope": "tag-groups:write",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "groupId",
            "is": "tagGroup"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "Replace a tag group's name, code, archived flag and metadata (scope tag-groups:write)",
        "description": "409 when the new \`code\` belongs to another group of the company.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/TagGroupId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TagGroupUpdateRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated tag group.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TagGroupData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "tags": [
          "Tags"
        ],
        "operationId": "deleteTagGroup",
        "x-sandbox-scope": "tag-groups:write",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "groupId",
            "is": "tagGroup"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "Delete a tag group and its tags (scope tag-groups:write)",
        "description": "409 while an accounting entry uses one of its tags (archive it instead).",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/TagGroupId"
          }
        ],
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v0/tag-groups/{groupId}/tags": {
      "get": {
        "tags": [
          "Tags"
        ],
        "operationId": "getTags",
        "x-sandbox-scope": "tag-groups:read",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "groupId",
            "is": "tagGroup"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "A page of a tag group's tags (scope tag-groups:read)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/TagGroupId"
          },
          {
            "$ref": "#/components/parameters/before"
          },
          {
            "$ref": "#/components/parameters/after"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/sorting_keys"
          },
          {
            "$ref": "#/components/parameters/sorting_order"
          },
          {
            "name": "include_archived",
            "in": "query",
            "required": false,
            "schema": {
              "type": "boolean",
              "default": false
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of tags.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TagPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "post": {
        "tags": [
          "Tags"
        ],
        "operationId": "createTag",
        "x-sandbox-scope": "tag-groups:write",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "groupId",
            "is": "tagGroup"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "Create a tag in a tag group (scope tag-groups:write)",
        "description": "409 when the group already has a tag with that \`code\`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/TagGroupId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TagRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The new tag.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TagData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v0/tags": {
      "get": {
        "tags": [
          "Tags"
        ],
        "operationId": "searchTags",
        "x-sandbox-scope": "tag-groups:read",
        "x-sandbox-target": [
          {
            "in": "query",
            "name": "company_id",
            "is": "company"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "A page of a company's tags (scope tag-groups:read)",
        "description": "Deprecated by Pleo in favour of \`POST /v0/tags:search\`, still served. \`text_search\` matches\\ncode or name (case-insensitive); \`tag_group_id\` (repeatable) narrows to groups.\\n",
        "deprecated": true,
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/CompanyIdQuery"
          },
          {
            "name": "text_search",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "tag_group_id",
            "in": "query",
            "required": false,
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "type": "string",
                "format": "uuid"
              }
            }
          },
          {
            "name": "include_archived",
            "in": "query",
            "required": false,
            "schema": {
              "type": "boolean",
              "default": false
            }
          },
          {
            "$ref": "#/components/parameters/before"
          },
          {
            "$ref": "#/components/parameters/after"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/sorting_keys"
          },
          {
            "$ref": "#/components/parameters/sorting_order"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of tags.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TagPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "tags": [
          "Tags"
        ],
        "operationId": "bulkDeleteTags",
        "x-sandbox-scope": "tag-groups:write",
        "x-sandbox-target": [
          {
            "in": "body",
            "name": "companyId",
            "is": "company"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "Delete up to 100 tags of one company at once (scope tag-groups:write)",
        "description": "All or nothing: when any id is not a tag of \`companyId\` the sandbox answers 404, and when\\nan accounting entry uses any of them 409, each naming those ids; then no tag is deleted.\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BulkTagDeleteRequest"
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v0/tags/{tagId}": {
      "get": {
        "tags": [
          "Tags"
        ],
        "operationId": "getTag",
        "x-sandbox-scope": "tag-groups:read",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "tagId",
            "is": "tag"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "One tag (scope tag-groups:read)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/TagId"
          }
        ],
        "responses": {
          "200": {
            "description": "The tag.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TagData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "put": {
        "tags": [
          "Tags"
        ],
        "operationId": "updateTag",
        "x-sandbox-scope": "tag-groups:write",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "tagId",
            "is": "tag"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "Update a tag's code, name and archived flag (scope tag-groups:write)",
        "description": "409 when the new \`code\` belongs to another tag of the group. A \`name\` left out keeps its value.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/TagId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TagRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated tag.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TagData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "tags": [
          "Tags"
        ],
        "operationId": "deleteTag",
        "x-sandbox-scope": "tag-groups:write",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "tagId",
            "is": "tag"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "Delete a tag (scope tag-groups:write)",
        "description": "409 while an accounting entry uses it (archive it instead).",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/TagId"
          }
        ],
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v0/tags:search": {
      "post": {
        "tags": [
          "Tags"
        ],
        "operationId": "searchTagsPost",
        "x-sandbox-scope": "tag-groups:read",
        "x-sandbox-target": [
          {
            "in": "query",
            "name": "company_id",
            "is": "company"
          },
          {
            "in": "query",
            "name": "organization_id",
            "is": "organisation"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "A page of the tags of a company, or of every company of an organisation (scope tag-groups:read)",
        "description": "\`company_id\` wins over \`organization_id\`; an organisation-level key must send one of them.\\nThe body may be left out. \`archived\` (true or false) picks archived or active tags and\\noverrides \`includeArchived\`; without either, only active tags. \`textSearch\` matches the\\ntag's name, case-insensitively. Pleo documents only a default response; the sandbox answers 200.\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/CompanyIdQuery"
          },
          {
            "name": "organization_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "$ref": "#/components/parameters/before"
          },
          {
            "$ref": "#/components/parameters/after"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/sorting_keys"
          },
          {
            "$ref": "#/components/parameters/sorting_order"
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TagSearchRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "A page of tags.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TagPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v0/tags/archive": {
      "post": {
        "tags": [
          "Tags"
        ],
        "operationId": "bulkArchiveTags",
        "x-sandbox-scope": "tag-groups:write",
        "x-sandbox-target": [
          {
            "in": "body",
            "name": "companyId",
            "is": "company"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "Archive or unarchive up to 100 tags of one company at once (scope tag-groups:write)",
        "description": "All or nothing: when any id is not a tag of \`companyId\`, the sandbox answers 404 naming\\nthose ids and changes no tag. Pleo documents only a default response; the sandbox answers\\n200 with the changed tags.\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BulkTagArchiveRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The changed tags, in the order their ids were sent.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TagList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v0/tags/{tagId}/dimensions": {
      "get": {
        "tags": [
          "Tags"
        ],
        "operationId": "getTagDimensionValues",
        "x-sandbox-scope": "tag-groups:read",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "tagId",
            "is": "tag"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "A tag's values of its group's dimensions (scope tag-groups:read)",
        "description": "In the dimensions' display order; a dimension the tag has no value for is left out.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/TagId"
          }
        ],
        "responses": {
          "200": {
            "description": "The tag's dimension values.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TagDimensionValueList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v0/tags/{tagId}/dimensions/{dimensionId}": {
      "get": {
        "tags": [
          "Tags"
        ],
        "operationId": "getDimensionValue",
        "x-sandbox-scope": "tag-groups:read",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "tagId",
            "is": "tag"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "A tag's value of one dimension (scope tag-groups:read)",
        "description": "404 when the dimension is not one of the tag's group, or the tag has no value for it.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/TagId"
          },
          {
            "$ref": "#/components/parameters/DimensionId"
          }
        ],
        "responses": {
          "200": {
            "description": "The dimension value.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TagDimensionValueData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "post": {
        "tags": [
          "Tags"
        ],
        "operationId": "createDimensionValue",
        "x-sandbox-scope": "tag-groups:write",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "tagId",
            "is": "tag"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "Give a tag a value for one dimension of its group (scope tag-groups:write)",
        "description": "409 when the tag already has a value for that dimension (change it with PUT). Pleo documents only a default response; the sandbox answers 200.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/TagId"
          },
          {
            "$ref": "#/components/parameters/DimensionId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TagDimensionValueRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The new dimension value.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TagDimensionValueData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "put": {
        "tags": [
          "Tags"
        ],
        "operationId": "updateDimensionValue",
        "x-sandbox-scope": "tag-groups:write",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "tagId",
            "is": "tag"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "Change a tag's value of one dimension (scope tag-groups:write)",
        "description": "404 when the tag has no value for that dimension yet (create it with POST).",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/TagId"
          },
          {
            "$ref": "#/components/parameters/DimensionId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TagDimensionValueRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The changed dimension value.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TagDimensionValueData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "tags": [
          "Tags"
        ],
        "operationId": "deleteDimensionValue",
        "x-sandbox-scope": "tag-groups:write",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "tagId",
            "is": "tag"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "Remove a tag's value of one dimension (scope tag-groups:write)",
        "description": "Answers 200 with the value as it was, as Pleo's document declares a body.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/TagId"
          },
          {
            "$ref": "#/components/parameters/DimensionId"
          }
        ],
        "responses": {
          "200": {
            "description": "The removed dimension value.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TagDimensionValueData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v0/tag-groups/{groupId}/dimensions": {
      "get": {
        "tags": [
          "Tags"
        ],
        "operationId": "getTagGroupDimensions",
        "x-sandbox-scope": "tag-groups:read",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "groupId",
            "is": "tagGroup"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "A tag group's dimensions besides name and code (scope tag-groups:read)",
        "description": "In display order. The name and code every tag has are not listed.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/TagGroupId"
          }
        ],
        "responses": {
          "200": {
            "description": "The group's dimensions.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TagGroupDimensionList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "post": {
        "tags": [
          "Tags"
        ],
        "operationId": "createTagGroupDimension",
        "x-sandbox-scope": "tag-groups:write",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "groupId",
            "is": "tagGroup"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "Add a dimension to a tag group (scope tag-groups:write)",
        "description": "The new dimension comes last (\`displayOrder\` one above the group's highest; a\\n\`displayOrder\` sent is ignored, as Pleo's document says). Existing tags get no value for\\nit. 409 when the group already has a dimension with that \`code\`. Pleo documents only a\\ndefault response; the sandbox answers 200.\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/TagGroupId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TagGroupDimensionCreateRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The new dimension.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TagGroupDimensionData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v0/tag-groups/{groupId}/dimensions/{dimensionId}": {
      "get": {
        "tags": [
          "Tags"
        ],
        "operationId": "getTagGroupDimension",
        "x-sandbox-scope": "tag-groups:read",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "groupId",
            "is": "tagGroup"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "One dimension of a tag group (scope tag-groups:read)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/TagGroupId"
          },
          {
            "$ref": "#/components/parameters/DimensionId"
          }
        ],
        "responses": {
          "200": {
            "description": "The dimension.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TagGroupDimensionData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "put": {
        "tags": [
          "Tags"
        ],
        "operationId": "updateTagGroupDimension",
        "x-sandbox-scope": "tag-groups:write",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "groupId",
            "is": "tagGroup"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "Replace a dimension's code, name, display order and visibility (scope tag-groups:write)",
        "description": "409 when the new \`code\` belongs to another dimension of the group. Other dimensions keep their \`displayOrder\`.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/TagGroupId"
          },
          {
            "$ref": "#/components/parameters/DimensionId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TagGroupDimensionUpdateRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated dimension.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TagGroupDimensionData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "tags": [
          "Tags"
        ],
        "operationId": "deleteTagGroupDimension",
        "x-sandbox-scope": "tag-groups:write",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "groupId",
            "is": "tagGroup"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "Delete a dimension of a tag group, with every tag's value of it (scope tag-groups:write)",
        "description": "Pleo documents only a default response without a body; the sandbox answers 204.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/TagGroupId"
          },
          {
            "$ref": "#/components/parameters/DimensionId"
          }
        ],
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v0/tag-groups/{groupId}/usage": {
      "get": {
        "tags": [
          "Tags"
        ],
        "operationId": "getTagGroupUsage",
        "x-sandbox-scope": "tag-groups:read",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "groupId",
            "is": "tagGroup"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "How many accounting entries use each tag of a group (scope tag-groups:read)",
        "description": "Every tag of the group, archived ones too, with the number of entries whose tags or split items name it (an entry counts once).",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/TagGroupId"
          }
        ],
        "responses": {
          "200": {
            "description": "The group's usage.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TagGroupUsageData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v0/aggregations/tag-groups": {
      "get": {
        "tags": [
          "Tags"
        ],
        "operationId": "getAggregatedTagGroups",
        "x-sandbox-scope": "tag-groups:read",
        "x-sandbox-target": [
          {
            "in": "query",
            "name": "company_id",
            "is": "company"
          },
          {
            "in": "query",
            "name": "organization_id",
            "is": "organisation"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "Tag groups with their dimensions, for a company or every company of an organisation (scope tag-groups:read)",
        "description": "Send \`company_id\` or \`organization_id\`; with both, \`company_id\` wins; with neither, 400.\\nActive groups only, unless \`tag_group_ids\` names groups: then exactly those, archived or\\nnot. Not paginated. Pleo documents only a default response; the sandbox answers 200.\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "company_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "name": "organization_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "name": "tag_group_ids",
            "in": "query",
            "required": false,
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "type": "string",
                "format": "uuid"
              }
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The tag groups with their dimensions.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/AggregatedTagGroupList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v0/aggregations/tags": {
      "post": {
        "tags": [
          "Tags"
        ],
        "operationId": "searchAggregatedTags",
        "x-sandbox-scope": "tag-groups:read",
        "x-sandbox-target": [
          {
            "in": "query",
            "name": "company_id",
            "is": "company"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "A page of a company's tags with their group and dimension values (scope tag-groups:read)",
        "description": "The same filters as \`POST /v0/tags:search\`, for one company. Each tag lists every\\ndimension of its group, with \`value\` empty where the tag has none. Pleo documents only a\\ndefault response; the sandbox answers 200.\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/CompanyIdQuery"
          },
          {
            "$ref": "#/components/parameters/before"
          },
          {
            "$ref": "#/components/parameters/after"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/sorting_keys"
          },
          {
            "$ref": "#/components/parameters/sorting_order"
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TagSearchRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "A page of aggregated tags.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/AggregatedTagPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v0/tax-codes": {
      "post": {
        "tags": [
          "Tax codes"
        ],
        "operationId": "createTaxCode",
        "x-sandbox-scope": "tax-codes:write",
        "x-sandbox-target": [
          {
            "in": "body",
            "name": "companyId",
            "is": "company"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "Create a tax code for the company in the body (scope tax-codes:write)",
        "description": "Pleo documents only a default response; the sandbox answers 200.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TaxCodeRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The new tax code.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TaxCodeData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v0/tax-codes/{taxCodeId}": {
      "get": {
        "tags": [
          "Tax codes"
        ],
        "operationId": "getTaxCode",
        "x-sandbox-scope": "tax-codes:read",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "taxCodeId",
            "is": "taxCode"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "One tax code (scope tax-codes:read)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/TaxCodeId"
          }
        ],
        "responses": {
          "200": {
            "description": "The tax code.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TaxCodeData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "put": {
        "tags": [
          "Tax codes"
        ],
        "operationId": "updateTaxCode",
        "x-sandbox-scope": "tax-codes:write",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "taxCodeId",
            "is": "taxCode"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "Update a tax code (scope tax-codes:write)",
        "description": "The body's \`companyId\` must be the tax code's own company. Optional fields left out keep their value; \`null\` clears them.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/TaxCodeId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TaxCodeRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated tax code.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TaxCodeData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "tags": [
          "Tax codes"
        ],
        "operationId": "deleteTaxCode",
        "x-sandbox-scope": "tax-codes:write",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "taxCodeId",
            "is": "taxCode"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "Delete a tax code (scope tax-codes:write)",
        "description": "409 while an accounting entry uses it (archive it instead).",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/TaxCodeId"
          }
        ],
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v0/tax-codes:search": {
      "post": {
        "tags": [
          "Tax codes"
        ],
        "operationId": "getTaxCodes",
        "x-sandbox-scope": "tax-codes:read",
        "x-sandbox-target": [
          {
            "in": "query",
            "name": "company_id",
            "is": "company"
          }
        ],
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "Search a company's tax codes (scope tax-codes:read)",
        "description": "The body is optional; without \`archived\` both archived and active codes are returned.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/CompanyIdQuery"
          },
          {
            "$ref": "#/components/parameters/before"
          },
          {
            "$ref": "#/components/parameters/after"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/sorting_keys"
          },
          {
            "$ref": "#/components/parameters/sorting_order"
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TaxCodeSearchRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "A page of tax codes.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TaxCodePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v0/tax-codes:calculate-tax-amounts": {
      "post": {
        "tags": [
          "Tax codes"
        ],
        "operationId": "calculateTax",
        "x-sandbox-scope": "tax-codes:read",
        "x-pleo-source": "pleo-gjoll-openapi.yml",
        "summary": "Gross, net and tax of amounts under tax codes (scope tax-codes:read)",
        "description": "Each tax code id (of a company the key covers) maps to amounts, each with an \`id\` of the caller's\\nchoosing that the answer repeats. An \`inclusive\` code's amount is the gross, an \`exclusive\` code's\\nthe net; a \`reverse\` code's amount is both (the tax is self-assessed on top). Tax is rounded to\\nthe minor unit, half away from zero; every result keeps the amount's currency.\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CalculateTaxesRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The breakdown of every amount, by tax code id.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/CalculateTaxesData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/chart-of-accounts": {
      "post": {
        "tags": [
          "Chart of accounts"
        ],
        "operationId": "createAccountV1",
        "x-sandbox-scope": "accounts:write",
        "x-sandbox-target": [
          {
            "in": "body",
            "name": "companyId",
            "is": "company"
          }
        ],
        "x-pleo-source": "pleo-chart-of-accounts-openapi.yml",
        "summary": "Create an account (scope accounts:write)",
        "description": "201 when created; 200 with the existing account when one with the same \`companyId\` and\\n\`externalId\` already holds exactly these values; 409 when it holds different ones.\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AccountCreateRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The request matched an existing account.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/AccountData"
                }
              }
            }
          },
          "201": {
            "description": "The new account.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/AccountData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/chart-of-accounts/batch": {
      "post": {
        "tags": [
          "Chart of accounts"
        ],
        "operationId": "createAccountsBatchV1",
        "x-sandbox-scope": "accounts:write",
        "x-sandbox-target": [
          {
            "in": "body",
            "name": "companyId",
            "is": "company"
          }
        ],
        "x-pleo-source": "pleo-chart-of-accounts-openapi.yml",
        "summary": "Create up to 1000 accounts; each item is created or reported as failed (scope accounts:write)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AccountBatchRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The created accounts and the failed items with their reasons.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/AccountBatchData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/chart-of-accounts/{accountId}": {
      "get": {
        "tags": [
          "Chart of accounts"
        ],
        "operationId": "getAccountV1",
        "x-sandbox-scope": "accounts:read",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "accountId",
            "is": "account"
          }
        ],
        "x-pleo-source": "pleo-chart-of-accounts-openapi.yml",
        "summary": "One account (scope accounts:read)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/AccountId"
          }
        ],
        "responses": {
          "200": {
            "description": "The account.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/AccountData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "put": {
        "tags": [
          "Chart of accounts"
        ],
        "operationId": "updateAccountV1",
        "x-sandbox-scope": "accounts:write",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "accountId",
            "is": "account"
          }
        ],
        "x-pleo-source": "pleo-chart-of-accounts-openapi.yml",
        "summary": "Update an account's name, archived flag, code, tax code and metadata (scope accounts:write)",
        "description": "Optional fields left out keep their value; \`null\` clears them. \`taxCodeExternalId\` must be the\\n\`code\` of one of the company's tax codes (400 otherwise). A new \`code\` reaches the \`accountCode\`\\nof the accounting entries that use the account. Archive an account that entries use instead of deleting it.\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/AccountId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AccountUpdateRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated account.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/AccountData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "delete": {
        "tags": [
          "Chart of accounts"
        ],
        "operationId": "deleteAccountV1",
        "x-sandbox-scope": "accounts:write",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "accountId",
            "is": "account"
          }
        ],
        "x-pleo-source": "pleo-chart-of-accounts-openapi.yml",
        "summary": "Delete an account no accounting entry uses (scope accounts:write)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/AccountId"
          }
        ],
        "responses": {
          "204": {
            "description": "Deleted."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/chart-of-accounts:search": {
      "post": {
        "tags": [
          "Chart of accounts"
        ],
        "operationId": "searchAccountsV1",
        "x-sandbox-scope": "accounts:read",
        "x-sandbox-target": [
          {
            "in": "body",
            "name": "companyId",
            "is": "company"
          }
        ],
        "x-pleo-source": "pleo-chart-of-accounts-openapi.yml",
        "x-pleo-differences": [
          "body"
        ],
        "summary": "Search the accounts of the company in the body (scope accounts:read)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/before"
          },
          {
            "$ref": "#/components/parameters/after"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/sorting_keys"
          },
          {
            "$ref": "#/components/parameters/sorting_order"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AccountSearchRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "A page of accounts.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/AccountPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/vendors": {
      "post": {
        "tags": [
          "Vendors"
        ],
        "operationId": "postVendor",
        "x-sandbox-scope": "vendors:write",
        "x-sandbox-target": [
          {
            "in": "body",
            "name": "companyId",
            "is": "company"
          }
        ],
        "x-pleo-source": "pleo-vendors-openapi.yml",
        "summary": "Create a vendor (scope vendors:write)",
        "description": "409 when the company already has a vendor with that \`externalId\`. A vendor with an\\n\`externalId\` starts ACTIVE, one without starts DRAFT. Emits \`v1.vendor.created\`.\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/VendorCreateRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The new vendor.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/VendorData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/vendors/{id}": {
      "get": {
        "tags": [
          "Vendors"
        ],
        "operationId": "getVendorById",
        "x-sandbox-scope": "vendors:read",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "id",
            "is": "vendor"
          }
        ],
        "x-pleo-source": "pleo-vendors-openapi.yml",
        "summary": "One vendor (scope vendors:read)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/VendorId"
          }
        ],
        "responses": {
          "200": {
            "description": "The vendor.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/VendorData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      },
      "put": {
        "tags": [
          "Vendors"
        ],
        "operationId": "updateVendor",
        "x-sandbox-scope": "vendors:write",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "id",
            "is": "vendor"
          }
        ],
        "x-pleo-source": "pleo-vendors-openapi.yml",
        "summary": "Update a vendor (scope vendors:write)",
        "description": "The body's \`companyId\` must be the vendor's own company (400 otherwise); 409 when\\n\`externalId\` belongs to another vendor of the company. Optional fields left out keep their value.\\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/VendorId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/VendorUpdateRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated vendor.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/VendorData"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/vendors/{id}:activate": {
      "post": {
        "tags": [
          "Vendors"
        ],
        "operationId": "activateVendor",
        "x-sandbox-scope": "vendors:write",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "id",
            "is": "vendor"
          }
        ],
        "x-pleo-source": "pleo-vendors-openapi.yml",
        "summary": "Mark a vendor as created in the ERP, with its externalId (scope vendors:write)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/VendorId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/VendorActivateRequest"
              }
            }
          }
        },
        "responses": {
          "204": {
            "description": "Activated."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/vendors/{id}:archive": {
      "post": {
        "tags": [
          "Vendors"
        ],
        "operationId": "archiveVendorById",
        "x-sandbox-scope": "vendors:write",
        "x-sandbox-target": [
          {
            "in": "path",
            "name": "id",
            "is": "vendor"
          }
        ],
        "x-pleo-source": "pleo-vendors-openapi.yml",
        "summary": "Archive a vendor (scope vendors:write)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "$ref": "#/components/parameters/VendorId"
          }
        ],
        "responses": {
          "204": {
            "description": "Archived."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/vendors:search": {
      "post": {
        "tags": [
          "Vendors"
        ],
        "operationId": "searchVendors",
        "x-sandbox-scope": "vendors:read",
        "x-sandbox-target": [
          {
            "in": "query",
            "name": "company_id",
            "is": "company"
          }
        ],
        "x-pleo-source": "pleo-vendors-openapi.yml",
        "summary": "Search a company's vendors (scope vendors:read; company_id required)",
        "description": "The body is optional; each list filter takes at most 100 values (\`states\` 4). \`name\` matches case-insensitively as a substring.",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "company_id",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "$ref": "#/components/parameters/before"
          },
          {
            "$ref": "#/components/parameters/after"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/sorting_keys"
          },
          {
            "$ref": "#/components/parameters/sorting_order"
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/VendorSearchRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "A page of vendors.",
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/VendorPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/vendors/csv-import/jobs": {
      "post": {
        "tags": [
          "Vendors"
        ],
        "operationId": "createCsvImportJobV1",
        "x-sandbox-scope": "vendors:write",
        "x-sandbox-target": [
          {
            "in": "body",
            "name": "companyId",
            "is": "company"
          }
        ],
        "x-pleo-source": "pleo-vendors-openapi.yml",
        "x-sandbox-unmodelled": true,
        "summary": "Create a vendor CSV import job (not modelled, 501)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CsvImportJobCreateRequest"
              }
            }
          }
        },
        "responses": {
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "501": {
            "$ref": "#/components/responses/NotModelled"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/vendors/csv-import/jobs/{jobId}": {
      "get": {
        "tags": [
          "Vendors"
        ],
        "operationId": "getCsvImportJobV1",
        "x-sandbox-scope": "vendors:read",
        "x-pleo-source": "pleo-vendors-openapi.yml",
        "x-sandbox-unmodelled": true,
        "summary": "A vendor CSV import job (not modelled, 501)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "jobId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          }
        ],
        "responses": {
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "501": {
            "$ref": "#/components/responses/NotModelled"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/vendors/csv-import/jobs/{jobId}/errors": {
      "get": {
        "tags": [
          "Vendors"
        ],
        "operationId": "getCsvImportJobErrorsV1",
        "x-sandbox-scope": "vendors:read",
        "x-pleo-source": "pleo-vendors-openapi.yml",
        "x-sandbox-unmodelled": true,
        "summary": "The row errors of a vendor CSV import job (not modelled, 501)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "jobId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "$ref": "#/components/parameters/before"
          },
          {
            "$ref": "#/components/parameters/after"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/sorting_keys"
          },
          {
            "$ref": "#/components/parameters/sorting_order"
          }
        ],
        "responses": {
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "501": {
            "$ref": "#/components/responses/NotModelled"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/vendors/csv-import/jobs/{jobId}/metadata": {
      "put": {
        "tags": [
          "Vendors"
        ],
        "operationId": "updateCsvImportJobMetadataV1",
        "x-sandbox-scope": "vendors:write",
        "x-pleo-source": "pleo-vendors-openapi.yml",
        "x-sandbox-unmodelled": true,
        "summary": "Replace or merge a vendor CSV import job's metadata (not modelled, 501)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "jobId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CsvImportJobMetadataRequest"
              }
            }
          }
        },
        "responses": {
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "501": {
            "$ref": "#/components/responses/NotModelled"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/vendors/csv-import/jobs/{jobId}/status": {
      "put": {
        "tags": [
          "Vendors"
        ],
        "operationId": "updateCsvImportJobStatusV1",
        "x-sandbox-scope": "vendors:write",
        "x-pleo-source": "pleo-vendors-openapi.yml",
        "x-sandbox-unmodelled": true,
        "summary": "Set a vendor CSV import job's status (not modelled, 501)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "jobId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CsvImportJobStatusRequest"
              }
            }
          }
        },
        "responses": {
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "501": {
            "$ref": "#/components/responses/NotModelled"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/vendors/csv-import/jobs/{jobId}:get-presigned-url": {
      "post": {
        "tags": [
          "Vendors"
        ],
        "operationId": "getCsvImportJobPresignedUrlV1",
        "x-sandbox-scope": "vendors:write",
        "x-pleo-source": "pleo-vendors-openapi.yml",
        "x-sandbox-unmodelled": true,
        "summary": "A pre-signed URL to upload a vendor CSV file to (not modelled, 501)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "jobId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          }
        ],
        "responses": {
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "501": {
            "$ref": "#/components/responses/NotModelled"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/vendors/csv-import/jobs/{jobId}:run": {
      "post": {
        "tags": [
          "Vendors"
        ],
        "operationId": "runCsvImportJobV1",
        "x-sandbox-scope": "vendors:write",
        "x-pleo-source": "pleo-vendors-openapi.yml",
        "x-sandbox-unmodelled": true,
        "summary": "Run a vendor CSV import job (not modelled, 501)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "jobId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          }
        ],
        "responses": {
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "501": {
            "$ref": "#/components/responses/NotModelled"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/v1/vendors/csv-import/jobs:search": {
      "post": {
        "tags": [
          "Vendors"
        ],
        "operationId": "searchCsvImportJobsV1",
        "x-sandbox-scope": "vendors:read",
        "x-sandbox-target": [
          {
            "in": "query",
            "name": "company_id",
            "is": "company"
          }
        ],
        "x-pleo-source": "pleo-vendors-openapi.yml",
        "x-sandbox-unmodelled": true,
        "summary": "Search vendor CSV import jobs (not modelled, 501)",
        "parameters": [
          {
            "$ref": "#/components/parameters/ScenarioHeader"
          },
          {
            "name": "company_id",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            }
          },
          {
            "$ref": "#/components/parameters/before"
          },
          {
            "$ref": "#/components/parameters/after"
          },
          {
            "$ref": "#/components/parameters/offset"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/sorting_keys"
          },
          {
            "$ref": "#/components/parameters/sorting_order"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CsvImportJobSearchRequest"
              }
            }
          }
        },
        "responses": {
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/TooManyRequests"
          },
          "501": {
            "$ref": "#/components/responses/NotModelled"
          },
          "5XX": {
            "$ref": "#/components/responses/ServerError"
          }
        }
      }
    },
    "/oauth/authorize": {
      "get": {
        "tags": [
          "OAuth"
        ],
        "operationId": "oauthAuthorize",
        "x-sandbox-errors": "page",
        "summary": "Authorization Code with PKCE (S256); the consent page, or at once a redirect",
        "description": "Without \`X-Sandbox-Consent\` the answer is the consent page, where a web-app user picks who\\nthey are and the company (or organisation) and approves or denies the app's scopes. With\\n\`X-Sandbox-User\` and \`X-Sandbox-Consent\` the decision is taken at once: a 302 to\\n\`redirect_uri\` with \`code\` and \`state\`, or with \`error\` (\`access_denied\`, \`invalid_scope\`,\\n\`invalid_request\`, \`unsupported_response_type\`) and \`state\`. An unknown \`client_id\` or a\\n\`redirect_uri\` the app did not register is never redirected to: the page answers 400.\\n",
        "security": [],
        "parameters": [
          {
            "name": "response_type",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            },
            "description": "\`code\`."
          },
          {
            "name": "client_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "redirect_uri",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            },
            "description": "One of the app's redirect URIs, exactly; may be left out when the app has only one."
          },
          {
            "name": "scope",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            },
            "description": "Space-separated; defaults to every scope the app registered."
          },
          {
            "name": "state",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            },
            "description": "Sent back unchanged."
          },
          {
            "name": "code_challenge",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            },
            "description": "BASE64URL(SHA-256(code_verifier)), 43 characters."
          },
          {
            "name": "code_challenge_method",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            },
            "description": "\`S256\`, the only method accepted."
          },
          {
            "$ref": "#/components/parameters/ConsentUserHeader"
          },
          {
            "$ref": "#/components/parameters/ConsentHeader"
          },
          {
            "$ref": "#/components/parameters/ConsentResourceHeader"
          }
        ],
        "responses": {
          "200": {
            "description": "The consent page.",
            "content": {
              "text/html;charset=UTF-8": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "302": {
            "$ref": "#/components/responses/OAuthRedirect"
          },
          "400": {
            "$ref": "#/components/responses/OAuthPageError"
          },
          "401": {
            "$ref": "#/components/responses/OAuthPageError"
          }
        }
      },
      "post": {
        "tags": [
          "OAuth"
        ],
        "operationId": "oauthConsent",
        "x-sandbox-errors": "page",
        "summary": "The consent page's form (the user's decision), answered with the redirect",
        "description": "What the consent page posts: the authorization request's parameters again, plus \`user\` (id or\\nemail), \`resource\` (a company or organisation id; default the user's company) and \`consent\`\\n(\`approve\` or \`deny\`). Answers as \`GET /oauth/authorize\` does with the sandbox headers.\\n",
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/ConsentForm"
              }
            }
          }
        },
        "responses": {
          "302": {
            "$ref": "#/components/responses/OAuthRedirect"
          },
          "400": {
            "$ref": "#/components/responses/OAuthPageError"
          },
          "401": {
            "$ref": "#/components/responses/OAuthPageError"
          },
          "413": {
            "$ref": "#/components/responses/OAuthPageError"
          }
        }
      }
    },
    "/oauth/token": {
      "post": {
        "tags": [
          "OAuth"
        ],
        "operationId": "oauthToken",
        "x-sandbox-errors": "oauth",
        "summary": "Exchange a code, or a refresh token, for an access token and a new refresh token",
        "description": "\`grant_type=authorization_code\` with \`code\`, \`redirect_uri\` (as sent to /oauth/authorize) and\\n\`code_verifier\`; or \`grant_type=refresh_token\` with \`refresh_token\` (and optionally a narrower\\n\`scope\`). The client authenticates with \`Authorization: Basic base64(client_id:client_secret)\`\\nor with \`client_id\` and \`client_secret\` in the body. A code is single-use and lives 10\\nminutes; a refresh token is single-use too: each refresh rotates both tokens, and sending a\\nspent or expired refresh token again revokes every token of its grant. Refusals follow RFC\\n6749: \`{error, error_description}\`.\\n",
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/TokenRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The tokens.",
            "headers": {
              "Cache-Control": {
                "schema": {
                  "type": "string",
                  "const": "no-store"
                }
              }
            },
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TokenResponse"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/OAuthError"
          },
          "401": {
            "$ref": "#/components/responses/OAuthError"
          },
          "413": {
            "$ref": "#/components/responses/OAuthError"
          }
        }
      }
    },
    "/oauth/token/introspect": {
      "post": {
        "tags": [
          "OAuth"
        ],
        "operationId": "oauthIntrospect",
        "x-sandbox-errors": "oauth",
        "summary": "Whether an access or refresh token is active, and its claims (RFC 7662)",
        "description": "The client authenticates as at \`/oauth/token\` and learns only about its own tokens: any other,\\nexpired, revoked or unknown token is \`{\\"active\\": false}\`.\\n",
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/TokenIntrospectionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The token's state.",
            "headers": {
              "Cache-Control": {
                "schema": {
                  "type": "string",
                  "const": "no-store"
                }
              }
            },
            "content": {
              "application/json;charset=UTF-8": {
                "schema": {
                  "$ref": "#/components/schemas/TokenIntrospection"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/OAuthError"
          },
          "401": {
            "$ref": "#/components/responses/OAuthError"
          },
          "413": {
            "$ref": "#/components/responses/OAuthError"
          }
        }
      }
    },
    "/oauth/token/revoke": {
      "post": {
        "tags": [
          "OAuth"
        ],
        "operationId": "oauthRevoke",
        "x-sandbox-errors": "oauth",
        "summary": "Revoke a token (RFC 7009); a refresh token takes its whole grant with it",
        "description": "The client authenticates as at \`/oauth/token\`. Revoking an access token ends that token;\\nrevoking a refresh token ends every token of its grant. An unknown token (or another client's)\\nis answered 200 too, as RFC 7009 says.\\n",
        "security": [],
        "requestBody": {
          "required": true,
          "content": {
            "application/x-www-form-urlencoded": {
              "schema": {
                "$ref": "#/components/schemas/TokenIntrospectionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Revoked (or nothing to revoke)."
          },
          "400": {
            "$ref": "#/components/responses/OAuthError"
          },
          "401": {
            "$ref": "#/components/responses/OAuthError"
          },
          "413": {
            "$ref": "#/components/responses/OAuthError"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "basicAuth": {
        "type": "http",
        "scheme": "basic",
        "description": "The API key as the username and an empty password, i.e. \`Basic base64(\\"<key>:\\")\`."
      },
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT",
        "description": "An OAuth 2.0 access token from \`POST /oauth/token\`."
      }
    },
    "parameters": {
      "accountingEntryId": {
        "name": "accountingEntryId",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "ScenarioHeader": {
        "name": "X-Sandbox-Scenario",
        "in": "header",
        "required": false,
        "description": "Force a scenario (an id from \`scenarios/\`); it changes the key before the checks run.",
        "schema": {
          "type": "string"
        }
      },
      "FaultHeader": {
        "name": "X-Sandbox-Fault",
        "in": "header",
        "required": false,
        "description": "Inject a fault on a Pleo operation: \`latency=<n>ms\`, \`status=<code>\` (429, 500, 502, 503, 504), \`reset\` (the connection is dropped), \`timeout\` (no answer), or latency with one of the others, comma-separated.",
        "schema": {
          "type": "string"
        }
      },
      "WorkspaceHeader": {
        "name": "X-Sandbox-Workspace",
        "in": "header",
        "required": false,
        "description": "Names an isolated sandbox (created on first use) to answer this request.",
        "schema": {
          "$ref": "#/components/schemas/WorkspaceName"
        }
      },
      "UserHeader": {
        "name": "X-Sandbox-User",
        "in": "header",
        "required": true,
        "description": "The acting web-app user, by id or email (see \`GET /sandbox/world\`).",
        "schema": {
          "type": "string"
        }
      },
      "SubscriptionId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The subscription's id.",
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "before": {
        "name": "before",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "pattern": "^[A-Z2-7=~]+$"
        }
      },
      "after": {
        "name": "after",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "pattern": "^[A-Z2-7=~]+$"
        }
      },
      "offset": {
        "name": "offset",
        "in": "query",
        "required": false,
        "schema": {
          "type": "integer",
          "format": "int64",
          "minimum": 0
        }
      },
      "limit": {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Items per page. Pleo's documents give no maximum here (Export's give a minimum of 0); the sandbox defaults to 20.",
        "schema": {
          "type": "integer",
          "format": "int32",
          "minimum": 0,
          "default": 20
        }
      },
      "limitUpTo100": {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "Items per page, 1 to 100 (Gjoll's entry list).",
        "schema": {
          "type": "integer",
          "format": "int32",
          "minimum": 1,
          "maximum": 100,
          "default": 20
        }
      },
      "sorting_keys": {
        "name": "sorting_keys",
        "in": "query",
        "required": false,
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "type": "string"
          }
        }
      },
      "sorting_order": {
        "name": "sorting_order",
        "in": "query",
        "required": false,
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/PageOrder"
          }
        }
      },
      "CompanyIdQuery": {
        "name": "company_id",
        "in": "query",
        "required": false,
        "description": "The company; a company-level key may omit it (its own company), an organisation-level key must send it.",
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "TagGroupId": {
        "name": "groupId",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "TagId": {
        "name": "tagId",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "DimensionId": {
        "name": "dimensionId",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "TaxCodeId": {
        "name": "taxCodeId",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "AccountId": {
        "name": "accountId",
        "in": "path",
        "required": true,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "VendorId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The vendor's id.",
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "ConsentUserHeader": {
        "name": "X-Sandbox-User",
        "in": "header",
        "required": false,
        "description": "With \`X-Sandbox-Consent\`, the web-app user who decides, by id or email.",
        "schema": {
          "type": "string"
        }
      },
      "ConsentHeader": {
        "name": "X-Sandbox-Consent",
        "in": "header",
        "required": false,
        "description": "Decide at once instead of showing the consent page.",
        "schema": {
          "type": "string",
          "enum": [
            "approve",
            "deny"
          ]
        }
      },
      "ConsentResourceHeader": {
        "name": "X-Sandbox-Resource",
        "in": "header",
        "required": false,
        "description": "With \`X-Sandbox-Consent\`, the company or organisation (id or URN) the app is installed for; default the user's company.",
        "schema": {
          "type": "string"
        }
      }
    },
    "headers": {
      "X-Sandbox-Reason": {
        "description": "The machine-readable reason for a refusal (see design.md's error table).",
        "schema": {
          "$ref": "#/components/schemas/SandboxReason"
        }
      },
      "Retry-After": {
        "description": "Seconds to wait before trying again.",
        "schema": {
          "type": "integer",
          "minimum": 1
        }
      }
    },
    "responses": {
      "TooManyRequests": {
        "description": "Over Pleo's rate limit (600 requests a minute per key), or forced (the \`rate-limited\` scenario, \`X-Sandbox-Fault\` \`status=429\`).",
        "headers": {
          "Retry-After": {
            "$ref": "#/components/headers/Retry-After"
          },
          "X-Sandbox-Reason": {
            "$ref": "#/components/headers/X-Sandbox-Reason"
          }
        },
        "content": {
          "application/json;charset=UTF-8": {
            "schema": {
              "$ref": "#/components/schemas/ExceptionInfo"
            }
          }
        }
      },
      "ServerError": {
        "description": "A fault injected with \`X-Sandbox-Fault\` or an armed fault (503 carries \`Retry-After\`), the workspace limit (503), or a sandbox bug (500 \`internal_error\`).",
        "headers": {
          "Retry-After": {
            "$ref": "#/components/headers/Retry-After"
          },
          "X-Sandbox-Reason": {
            "$ref": "#/components/headers/X-Sandbox-Reason"
          }
        },
        "content": {
          "application/json;charset=UTF-8": {
            "schema": {
              "$ref": "#/components/schemas/ExceptionInfo"
            }
          }
        }
      },
      "BadRequest": {
        "description": "Invalid query, body or scenario header.",
        "headers": {
          "X-Sandbox-Reason": {
            "$ref": "#/components/headers/X-Sandbox-Reason"
          }
        },
        "content": {
          "application/json;charset=UTF-8": {
            "schema": {
              "$ref": "#/components/schemas/ExceptionInfo"
            }
          }
        }
      },
      "Unauthorized": {
        "description": "Missing, malformed, unknown, deleted or expired credential (or, on \`/sandbox\`, user).",
        "headers": {
          "X-Sandbox-Reason": {
            "$ref": "#/components/headers/X-Sandbox-Reason"
          }
        },
        "content": {
          "application/json;charset=UTF-8": {
            "schema": {
              "$ref": "#/components/schemas/ExceptionInfo"
            }
          }
        }
      },
      "Forbidden": {
        "description": "Feature not enabled, company not covered by the key, or scope missing.",
        "headers": {
          "X-Sandbox-Reason": {
            "$ref": "#/components/headers/X-Sandbox-Reason"
          }
        },
        "content": {
          "application/json;charset=UTF-8": {
            "schema": {
              "$ref": "#/components/schemas/ExceptionInfo"
            }
          }
        }
      },
      "NotFound": {
        "description": "No such resource inside the companies the key covers.",
        "headers": {
          "X-Sandbox-Reason": {
            "$ref": "#/components/headers/X-Sandbox-Reason"
          }
        },
        "content": {
          "application/json;charset=UTF-8": {
            "schema": {
              "$ref": "#/components/schemas/ExceptionInfo"
            }
          }
        }
      },
      "NotModelled": {
        "description": "NOT_IMPLEMENTED - Pleo documents the operation, the sandbox does not model it (docs/differences.md says why). Answered after the credential checks.",
        "headers": {
          "X-Sandbox-Reason": {
            "$ref": "#/components/headers/X-Sandbox-Reason"
          }
        },
        "content": {
          "application/json;charset=UTF-8": {
            "schema": {
              "$ref": "#/components/schemas/ExceptionInfo"
            }
          }
        }
      },
      "Conflict": {
        "description": "The change clashes with existing data (a taken externalId or code, or a resource still in use).",
        "headers": {
          "X-Sandbox-Reason": {
            "$ref": "#/components/headers/X-Sandbox-Reason"
          }
        },
        "content": {
          "application/json;charset=UTF-8": {
            "schema": {
              "$ref": "#/components/schemas/ExceptionInfo"
            }
          }
        }
      },
      "LimitReached": {
        "description": "LIMIT_REACHED - the sandbox holds as many of these as it keeps (\`limit_reached\`; see docs/running-safely.md). A sandbox limit, not Pleo's.",
        "headers": {
          "X-Sandbox-Reason": {
            "$ref": "#/components/headers/X-Sandbox-Reason"
          }
        },
        "content": {
          "application/json;charset=UTF-8": {
            "schema": {
              "$ref": "#/components/schemas/ExceptionInfo"
            }
          }
        }
      },
      "OAuthRedirect": {
        "description": "Back to the app's \`redirect_uri\`, with \`code\` and \`state\`, or with \`error\` (an AuthorizationErrorCode), \`error_description\` and \`state\` (and then \`X-Sandbox-Reason\`).",
        "headers": {
          "Location": {
            "required": true,
            "schema": {
              "type": "string",
              "format": "uri"
            }
          },
          "X-Sandbox-Reason": {
            "$ref": "#/components/headers/X-Sandbox-Reason"
          }
        }
      },
      "OAuthPageError": {
        "description": "An authorization request that cannot be sent back to the app (unknown client, a redirect URI it did not register, no such web-app user), explained on a page.",
        "headers": {
          "X-Sandbox-Reason": {
            "$ref": "#/components/headers/X-Sandbox-Reason"
          }
        },
        "content": {
          "text/html;charset=UTF-8": {
            "schema": {
              "type": "string"
            }
          }
        }
      },
      "OAuthError": {
        "description": "An RFC 6749 refusal.",
        "headers": {
          "X-Sandbox-Reason": {
            "$ref": "#/components/headers/X-Sandbox-Reason"
          }
        },
        "content": {
          "application/json;charset=UTF-8": {
            "schema": {
              "$ref": "#/components/schemas/OAuthErrorBody"
            }
          }
        }
      }
    },
    "schemas": {
      "ExceptionInfo": {
        "type": "object",
        "required": [
          "type",
          "message"
        ],
        "properties": {
          "type": {
            "type": "string"
          },
          "message": {
            "type": "string"
          }
        }
      },
      "SandboxReason": {
        "type": "string",
        "enum": [
          "unknown_route",
          "credential_missing",
          "credential_malformed",
          "key_unknown",
          "key_revoked",
          "key_expired",
          "feature_not_enabled",
          "company_not_covered",
          "scope_missing",
          "invalid_request",
          "not_found",
          "conflict",
          "user_missing",
          "user_unknown",
          "role_insufficient",
          "payload_too_large",
          "internal_error",
          "export_already_in_progress",
          "export_items_limit",
          "export_job_finished",
          "export_job_expired",
          "export_job_not_started",
          "invalid_status_change",
          "not_modelled",
          "missing_contra_accounts",
          "unsupported_api_version",
          "limit_reached",
          "origin_not_allowed",
          "host_not_allowed",
          "admin_token_required",
          "request_timeout",
          "rate_limited",
          "fault_injected",
          "workspace_limit",
          "token_invalid",
          "token_expired",
          "token_revoked",
          "app_not_installed",
          "client_unknown",
          "client_auth_failed",
          "redirect_uri_mismatch",
          "consent_denied",
          "scope_not_allowed",
          "pkce_mismatch",
          "code_invalid",
          "code_expired",
          "code_reused",
          "refresh_token_invalid",
          "refresh_token_expired",
          "refresh_token_reused",
          "grant_revoked",
          "unsupported_grant_type"
        ]
      },
      "Scope": {
        "type": "string",
        "description": "The scope catalogue (pleo-api-facts.md §3).",
        "enum": [
          "accounting-entries:read",
          "accounting-entries:write",
          "accounts:read",
          "accounts:write",
          "companies:read",
          "export-items:read",
          "export-jobs:read",
          "export-jobs:write",
          "tag-groups:read",
          "tag-groups:write",
          "tax-codes:read",
          "tax-codes:write",
          "users:read",
          "vendors:read",
          "vendors:write"
        ]
      },
      "PageOrder": {
        "type": "string",
        "enum": [
          "ASC",
          "ASC_NULLS_FIRST",
          "ASC_NULLS_LAST",
          "DESC",
          "DESC_NULLS_FIRST",
          "DESC_NULLS_LAST"
        ]
      },
      "CursorPageCurrentRequestInfo": {
        "type": "object",
        "required": [
          "parameters"
        ],
        "properties": {
          "after": {
            "type": "string"
          },
          "before": {
            "type": "string"
          },
          "limit": {
            "type": "integer",
            "format": "int32"
          },
          "offset": {
            "type": "integer",
            "format": "int64"
          },
          "parameters": {
            "type": "object",
            "additionalProperties": {
              "type": "array",
              "items": {
                "type": "string"
              }
            }
          },
          "sortingKeys": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "sortingOrder": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PageOrder"
            }
          }
        }
      },
      "CursorPageInfo": {
        "type": "object",
        "required": [
          "currentRequestPagination",
          "hasNextPage",
          "hasPreviousPage"
        ],
        "properties": {
          "currentRequestPagination": {
            "$ref": "#/components/schemas/CursorPageCurrentRequestInfo"
          },
          "endCursor": {
            "type": "string"
          },
          "hasNextPage": {
            "type": "boolean"
          },
          "hasPreviousPage": {
            "type": "boolean"
          },
          "startCursor": {
            "type": "string"
          },
          "total": {
            "type": "integer",
            "format": "int64"
          }
        }
      },
      "CompanyAddress": {
        "type": "object",
        "properties": {
          "addressLine1": {
            "type": "string"
          },
          "addressLine2": {
            "type": "string"
          },
          "country": {
            "type": "string"
          },
          "locality": {
            "type": "string"
          },
          "postalCode": {
            "type": "string"
          },
          "region": {
            "type": "string"
          }
        }
      },
      "Company": {
        "type": "object",
        "required": [
          "address",
          "id",
          "name"
        ],
        "additionalProperties": false,
        "properties": {
          "address": {
            "$ref": "#/components/schemas/CompanyAddress"
          },
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "type": "string"
          },
          "organizationId": {
            "type": "string",
            "format": "uuid"
          },
          "registrationNumber": {
            "type": "string"
          }
        }
      },
      "CompanyPage": {
        "type": "object",
        "required": [
          "data",
          "pagination"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Company"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/CursorPageInfo"
          }
        }
      },
      "CompanyData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Company"
          }
        }
      },
      "Employee": {
        "type": "object",
        "required": [
          "companyId",
          "email",
          "firstName",
          "id",
          "lastName"
        ],
        "additionalProperties": false,
        "properties": {
          "code": {
            "type": "string"
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "email": {
            "type": "string"
          },
          "firstName": {
            "type": "string"
          },
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "jobTitle": {
            "type": "string"
          },
          "lastName": {
            "type": "string"
          },
          "phone": {
            "type": "string"
          }
        }
      },
      "EmployeePage": {
        "type": "object",
        "required": [
          "data",
          "pagination"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Employee"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/CursorPageInfo"
          }
        }
      },
      "EmployeeData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Employee"
          }
        }
      },
      "InstallationStatus": {
        "type": "string",
        "enum": [
          "ACTIVATED",
          "INACTIVE",
          "AUTHORIZED",
          "PENDING_INTEGRATION",
          "ERROR"
        ]
      },
      "InstallationErrorCode": {
        "type": "string",
        "enum": [
          "NOT_ENTITLED",
          "AUTH_ERROR"
        ]
      },
      "InstallationResponse": {
        "type": "object",
        "required": [
          "applicationId",
          "createdAt",
          "id",
          "metadata",
          "resource",
          "status",
          "updatedAt"
        ],
        "properties": {
          "applicationId": {
            "type": "string",
            "format": "uuid"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "errorCode": {
            "$ref": "#/components/schemas/InstallationErrorCode"
          },
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "metadata": {
            "type": "object",
            "additionalProperties": true
          },
          "resource": {
            "type": "string",
            "pattern": "^urn:pleo:(company|organisation):[0-9a-f-]{36}$"
          },
          "status": {
            "$ref": "#/components/schemas/InstallationStatus"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ExternalClientModel": {
        "type": "object",
        "required": [
          "authMethod",
          "clientId",
          "scope"
        ],
        "properties": {
          "applicationName": {
            "type": "string",
            "description": "The app's name (integrated keys and tokens)."
          },
          "authMethod": {
            "type": "string",
            "enum": [
              "OAUTH2",
              "API_KEY",
              "NONE"
            ]
          },
          "clientId": {
            "type": "string",
            "description": "The app's client id; for a Standalone API Key, the key's id."
          },
          "scope": {
            "type": "string",
            "description": "The credential's scopes, space-separated."
          },
          "subjectURN": {
            "type": "string",
            "pattern": "^urn:pleo:(company|organisation):[0-9a-f-]{36}$"
          }
        }
      },
      "ExternalClientModelDetails": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/ExternalClientModel"
          }
        }
      },
      "OAuthApp": {
        "type": "object",
        "required": [
          "id",
          "clientId",
          "name",
          "redirectUris",
          "scopes",
          "createdAt",
          "createdBy"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "clientId": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "redirectUris": {
            "type": "array",
            "items": {
              "type": "string",
              "format": "uri"
            }
          },
          "scopes": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Scope"
            }
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "createdBy": {
            "type": "string",
            "format": "uuid"
          }
        }
      },
      "OAuthAppList": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/OAuthApp"
            }
          }
        }
      },
      "CreateOAuthAppRequest": {
        "type": "object",
        "required": [
          "name",
          "redirectUris",
          "scopes"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          },
          "redirectUris": {
            "type": "array",
            "minItems": 1,
            "maxItems": 10,
            "uniqueItems": true,
            "description": "Absolute \`https://\` URIs, or \`http://\` on localhost, without a fragment.",
            "items": {
              "type": "string",
              "format": "uri"
            }
          },
          "scopes": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/Scope"
            }
          }
        }
      },
      "CreatedOAuthApp": {
        "type": "object",
        "required": [
          "id",
          "clientId",
          "clientSecret",
          "name",
          "redirectUris",
          "scopes",
          "createdAt",
          "createdBy"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "clientId": {
            "type": "string"
          },
          "clientSecret": {
            "type": "string",
            "description": "Shown here once; stored only as a SHA-256 hash."
          },
          "name": {
            "type": "string"
          },
          "redirectUris": {
            "type": "array",
            "items": {
              "type": "string",
              "format": "uri"
            }
          },
          "scopes": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Scope"
            }
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "createdBy": {
            "type": "string",
            "format": "uuid"
          }
        }
      },
      "CreatedOAuthAppData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/CreatedOAuthApp"
          }
        }
      },
      "SandboxInstallation": {
        "type": "object",
        "required": [
          "id",
          "applicationId",
          "clientId",
          "applicationName",
          "resource",
          "scopes",
          "status",
          "createdAt",
          "createdBy"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "applicationId": {
            "type": "string",
            "format": "uuid"
          },
          "clientId": {
            "type": "string"
          },
          "applicationName": {
            "type": "string"
          },
          "resource": {
            "type": "string",
            "pattern": "^urn:pleo:(company|organisation):[0-9a-f-]{36}$"
          },
          "scopes": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Scope"
            }
          },
          "status": {
            "$ref": "#/components/schemas/InstallationStatus"
          },
          "keyId": {
            "type": "string",
            "format": "uuid",
            "description": "The Integrated API Key's id, when the installation has one."
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "createdBy": {
            "type": "string",
            "format": "uuid"
          }
        }
      },
      "SandboxInstallationList": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SandboxInstallation"
            }
          }
        }
      },
      "CreateSandboxInstallationRequest": {
        "type": "object",
        "required": [
          "clientId",
          "companyId",
          "scopes"
        ],
        "properties": {
          "clientId": {
            "type": "string"
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "scopes": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
            "description": "Some or all of the scopes the app registered.",
            "items": {
              "$ref": "#/components/schemas/Scope"
            }
          }
        }
      },
      "CreatedSandboxInstallation": {
        "allOf": [
          {
            "$ref": "#/components/schemas/SandboxInstallation"
          },
          {
            "type": "object",
            "required": [
              "key",
              "keyId"
            ],
            "properties": {
              "key": {
                "type": "string",
                "description": "The Integrated API Key. Shown here once; stored only as a SHA-256 hash."
              }
            }
          }
        ]
      },
      "CreatedSandboxInstallationData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/CreatedSandboxInstallation"
          }
        }
      },
      "ConsentForm": {
        "type": "object",
        "properties": {
          "response_type": {
            "type": "string"
          },
          "client_id": {
            "type": "string"
          },
          "redirect_uri": {
            "type": "string"
          },
          "scope": {
            "type": "string"
          },
          "state": {
            "type": "string"
          },
          "code_challenge": {
            "type": "string"
          },
          "code_challenge_method": {
            "type": "string"
          },
          "user": {
            "type": "string",
            "description": "The deciding web-app user, by id or email."
          },
          "resource": {
            "type": "string",
            "description": "A company or organisation id (or URN)."
          },
          "consent": {
            "type": "string",
            "enum": [
              "approve",
              "deny"
            ]
          }
        }
      },
      "TokenRequest": {
        "type": "object",
        "required": [
          "grant_type"
        ],
        "properties": {
          "grant_type": {
            "type": "string",
            "description": "\`authorization_code\` or \`refresh_token\`."
          },
          "code": {
            "type": "string"
          },
          "redirect_uri": {
            "type": "string"
          },
          "code_verifier": {
            "type": "string"
          },
          "refresh_token": {
            "type": "string"
          },
          "scope": {
            "type": "string",
            "description": "On refresh, a narrower set of the grant's scopes."
          },
          "client_id": {
            "type": "string"
          },
          "client_secret": {
            "type": "string"
          }
        }
      },
      "TokenResponse": {
        "type": "object",
        "required": [
          "access_token",
          "token_type",
          "expires_in",
          "refresh_token",
          "scope"
        ],
        "properties": {
          "access_token": {
            "type": "string",
            "description": "A JWT signed by the sandbox (HS256)."
          },
          "token_type": {
            "type": "string",
            "const": "Bearer"
          },
          "expires_in": {
            "type": "integer",
            "description": "Seconds the access token lives."
          },
          "refresh_token": {
            "type": "string"
          },
          "scope": {
            "type": "string",
            "description": "The granted scopes, space-separated."
          }
        }
      },
      "TokenIntrospectionRequest": {
        "type": "object",
        "required": [
          "token"
        ],
        "properties": {
          "token": {
            "type": "string"
          },
          "token_type_hint": {
            "type": "string",
            "description": "\`access_token\` or \`refresh_token\`; a hint only."
          },
          "client_id": {
            "type": "string"
          },
          "client_secret": {
            "type": "string"
          }
        }
      },
      "TokenIntrospection": {
        "type": "object",
        "required": [
          "active"
        ],
        "properties": {
          "active": {
            "type": "boolean"
          },
          "token_type": {
            "type": "string",
            "enum": [
              "at+JWT",
              "refresh_token"
            ]
          },
          "scope": {
            "type": "string"
          },
          "client_id": {
            "type": "string"
          },
          "sub": {
            "type": "string"
          },
          "aud": {
            "type": "string"
          },
          "iss": {
            "type": "string"
          },
          "iat": {
            "type": "integer"
          },
          "exp": {
            "type": "integer"
          },
          "jti": {
            "type": "string"
          }
        }
      },
      "AuthorizationErrorCode": {
        "type": "string",
        "description": "The \`error\` of a redirect back to the app's \`redirect_uri\` (RFC 6749 §4.1.2.1), sent with \`error_description\` and \`state\`.",
        "enum": [
          "invalid_request",
          "unsupported_response_type",
          "invalid_scope",
          "access_denied"
        ]
      },
      "OAuthErrorBody": {
        "type": "object",
        "required": [
          "error",
          "error_description"
        ],
        "properties": {
          "error": {
            "type": "string",
            "enum": [
              "invalid_request",
              "invalid_client",
              "invalid_grant",
              "unauthorized_client",
              "unsupported_grant_type",
              "invalid_scope"
            ]
          },
          "error_description": {
            "type": "string"
          }
        }
      },
      "SandboxOrganisation": {
        "type": "object",
        "required": [
          "id",
          "name"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "type": "string"
          }
        }
      },
      "SandboxCompany": {
        "type": "object",
        "required": [
          "id",
          "name",
          "organisationId",
          "features"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "type": "string"
          },
          "organisationId": {
            "type": "string",
            "format": "uuid"
          },
          "features": {
            "type": "array",
            "description": "\`api-keys\` gates key creation and key use.",
            "items": {
              "type": "string",
              "enum": [
                "api-keys"
              ]
            }
          }
        }
      },
      "UserRole": {
        "type": "string",
        "enum": [
          "admin",
          "bookkeeper",
          "employee"
        ]
      },
      "SandboxUser": {
        "type": "object",
        "required": [
          "id",
          "name",
          "email",
          "role",
          "companyId",
          "organisationAdmin"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "type": "string"
          },
          "email": {
            "type": "string"
          },
          "role": {
            "$ref": "#/components/schemas/UserRole"
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "organisationAdmin": {
            "type": "boolean",
            "description": "May create organisation-level keys and keys for any company of the organisation."
          }
        }
      },
      "SandboxWorld": {
        "type": "object",
        "required": [
          "organisations",
          "companies",
          "users",
          "scopes"
        ],
        "properties": {
          "organisations": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SandboxOrganisation"
            }
          },
          "companies": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SandboxCompany"
            }
          },
          "users": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SandboxUser"
            }
          },
          "scopes": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Scope"
            }
          }
        }
      },
      "SandboxWorldData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/SandboxWorld"
          }
        }
      },
      "AccessLevel": {
        "oneOf": [
          {
            "type": "object",
            "required": [
              "type",
              "companyId"
            ],
            "additionalProperties": false,
            "properties": {
              "type": {
                "type": "string",
                "const": "company"
              },
              "companyId": {
                "type": "string",
                "format": "uuid"
              }
            }
          },
          {
            "type": "object",
            "required": [
              "type",
              "organisationId"
            ],
            "additionalProperties": false,
            "properties": {
              "type": {
                "type": "string",
                "const": "organisation"
              },
              "organisationId": {
                "type": "string",
                "format": "uuid"
              }
            }
          }
        ]
      },
      "CreateApiKeyRequest": {
        "type": "object",
        "required": [
          "name",
          "expiresAt",
          "accessLevel",
          "scopes"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          },
          "expiresAt": {
            "type": "string",
            "format": "date-time",
            "description": "Must be later than the sandbox clock."
          },
          "accessLevel": {
            "$ref": "#/components/schemas/AccessLevel"
          },
          "scopes": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/Scope"
            }
          }
        }
      },
      "ApiKeyStatus": {
        "type": "string",
        "enum": [
          "active",
          "expired"
        ]
      },
      "ApiKeySummary": {
        "type": "object",
        "required": [
          "id",
          "name",
          "prefix",
          "expiresAt",
          "accessLevel",
          "scopes",
          "createdAt",
          "createdBy",
          "status"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "type": "string"
          },
          "prefix": {
            "type": "string",
            "description": "The first characters of the secret, for recognition."
          },
          "expiresAt": {
            "type": "string",
            "format": "date-time"
          },
          "accessLevel": {
            "$ref": "#/components/schemas/AccessLevel"
          },
          "scopes": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Scope"
            }
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "createdBy": {
            "type": "string",
            "format": "uuid"
          },
          "status": {
            "$ref": "#/components/schemas/ApiKeyStatus"
          },
          "installationId": {
            "type": "string",
            "format": "uuid",
            "description": "Set on an Integrated API Key, made by installing an app (\`POST /sandbox/installations\`)."
          }
        }
      },
      "ApiKeyList": {
        "type": "object",
        "required": [
          "data",
          "pagination"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ApiKeySummary"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/CursorPageInfo"
          }
        }
      },
      "CreatedApiKey": {
        "type": "object",
        "required": [
          "id",
          "name",
          "key",
          "expiresAt",
          "accessLevel",
          "scopes",
          "createdAt",
          "createdBy"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "type": "string"
          },
          "key": {
            "type": "string",
            "description": "The secret. Shown here once; stored only as a SHA-256 hash."
          },
          "expiresAt": {
            "type": "string",
            "format": "date-time"
          },
          "accessLevel": {
            "$ref": "#/components/schemas/AccessLevel"
          },
          "scopes": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Scope"
            }
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "createdBy": {
            "type": "string",
            "format": "uuid"
          }
        }
      },
      "CreatedApiKeyData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/CreatedApiKey"
          }
        }
      },
      "Clock": {
        "type": "object",
        "required": [
          "now"
        ],
        "properties": {
          "now": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "Health": {
        "type": "object",
        "required": [
          "status"
        ],
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "ok"
            ]
          }
        }
      },
      "OpenApiDocument": {
        "type": "object",
        "required": [
          "openapi",
          "info",
          "servers",
          "paths"
        ],
        "additionalProperties": true,
        "properties": {
          "openapi": {
            "type": "string"
          },
          "info": {
            "type": "object",
            "additionalProperties": true
          },
          "servers": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "url"
              ],
              "properties": {
                "url": {
                  "type": "string"
                },
                "description": {
                  "type": "string"
                }
              }
            }
          },
          "paths": {
            "type": "object",
            "additionalProperties": true
          }
        }
      },
      "ClockData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Clock"
          }
        }
      },
      "SetClockRequest": {
        "oneOf": [
          {
            "type": "object",
            "required": [
              "now"
            ],
            "additionalProperties": false,
            "properties": {
              "now": {
                "type": "string",
                "format": "date-time"
              }
            }
          },
          {
            "type": "object",
            "required": [
              "advanceSeconds"
            ],
            "additionalProperties": false,
            "properties": {
              "advanceSeconds": {
                "type": "integer",
                "minimum": 0
              }
            }
          }
        ]
      },
      "WebhookEventType": {
        "type": "string",
        "description": "The event types a subscription can ask for.",
        "enum": [
          "v1.export-job.created",
          "v1.vendor.created"
        ]
      },
      "SubscriptionStatus": {
        "type": "string",
        "enum": [
          "ACTIVE",
          "INACTIVE"
        ]
      },
      "SubscriptionOperationType": {
        "type": "string",
        "description": "Pleo's CREATE, UPDATE, DELETE, and the sandbox's DELIVERY (one per delivery attempt).",
        "enum": [
          "CREATE",
          "UPDATE",
          "DELETE",
          "DELIVERY"
        ]
      },
      "AuthCredential": {
        "type": "object",
        "properties": {
          "username": {
            "type": "string"
          },
          "password": {
            "type": "string"
          },
          "token": {
            "type": "string"
          }
        }
      },
      "EndpointAuth": {
        "type": "object",
        "properties": {
          "type": {
            "type": "string",
            "description": "NONE (default) sends no credentials; BASIC sends \`username\` and \`password\` as HTTP Basic. No type sends \`token\`, so a token is refused; send a bearer token as a custom \`Authorization\` header.",
            "enum": [
              "NONE",
              "BASIC"
            ]
          },
          "credentials": {
            "$ref": "#/components/schemas/AuthCredential"
          }
        }
      },
      "SubscriptionRequest": {
        "type": "object",
        "required": [
          "endpointUrl",
          "eventTypes"
        ],
        "properties": {
          "endpointUrl": {
            "type": "string",
            "description": "An absolute http(s) URL."
          },
          "eventTypes": {
            "type": "array",
            "minItems": 1,
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/WebhookEventType"
            }
          },
          "customHeaders": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            }
          },
          "endpointAuth": {
            "$ref": "#/components/schemas/EndpointAuth"
          },
          "status": {
            "$ref": "#/components/schemas/SubscriptionStatus"
          }
        }
      },
      "SubscriptionModel": {
        "type": "object",
        "required": [
          "id",
          "endpointUrl",
          "eventTypes",
          "status",
          "createdAt",
          "updatedAt"
        ],
        "additionalProperties": false,
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "endpointUrl": {
            "type": "string"
          },
          "eventTypes": {
            "type": "array",
            "uniqueItems": true,
            "items": {
              "$ref": "#/components/schemas/WebhookEventType"
            }
          },
          "status": {
            "$ref": "#/components/schemas/SubscriptionStatus"
          },
          "customHeaders": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            }
          },
          "endpointAuth": {
            "$ref": "#/components/schemas/EndpointAuth"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "deletedAt": {
            "type": "string",
            "format": "date-time"
          },
          "deletedBy": {
            "type": "string",
            "description": "URN of who deleted it, e.g. urn:pleo:company:<id>."
          }
        }
      },
      "SubscriptionResponse": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/SubscriptionModel"
          }
        }
      },
      "SubscriptionPage": {
        "type": "object",
        "required": [
          "data",
          "pagination"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SubscriptionModel"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/CursorPageInfo"
          }
        }
      },
      "SubscriptionActivityModel": {
        "type": "object",
        "required": [
          "id",
          "subscriptionId",
          "operationType",
          "description",
          "actorUrn",
          "createdAt"
        ],
        "additionalProperties": false,
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "subscriptionId": {
            "type": "string",
            "format": "uuid"
          },
          "operationType": {
            "$ref": "#/components/schemas/SubscriptionOperationType"
          },
          "description": {
            "type": "string"
          },
          "actorUrn": {
            "type": "string",
            "pattern": "^urn:pleo:[a-z-]+:"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "SubscriptionActivityPage": {
        "type": "object",
        "required": [
          "data",
          "pagination"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SubscriptionActivityModel"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/CursorPageInfo"
          }
        }
      },
      "SubscriptionSecretResponse": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "type": "object",
            "required": [
              "secretKey"
            ],
            "properties": {
              "secretKey": {
                "type": "string",
                "pattern": "^whsec_[A-Za-z0-9+/]+=*$",
                "description": "\`whsec_\` and the base64 of the HMAC key (Standard Webhooks)."
              }
            }
          }
        }
      },
      "WebhookTestRequest": {
        "oneOf": [
          {
            "type": "object",
            "required": [
              "subscriptionId"
            ],
            "additionalProperties": false,
            "properties": {
              "subscriptionId": {
                "type": "string",
                "format": "uuid"
              },
              "eventType": {
                "$ref": "#/components/schemas/WebhookEventType"
              },
              "chaos": {
                "$ref": "#/components/schemas/WebhookChaos"
              }
            }
          },
          {
            "type": "object",
            "required": [
              "companyId",
              "eventType"
            ],
            "additionalProperties": false,
            "properties": {
              "companyId": {
                "type": "string",
                "format": "uuid"
              },
              "eventType": {
                "$ref": "#/components/schemas/WebhookEventType"
              },
              "chaos": {
                "$ref": "#/components/schemas/WebhookChaos"
              }
            }
          }
        ]
      },
      "WebhookDelivery": {
        "type": "object",
        "required": [
          "subscriptionId",
          "webhookId"
        ],
        "properties": {
          "subscriptionId": {
            "type": "string",
            "format": "uuid"
          },
          "webhookId": {
            "type": "string",
            "pattern": "^msg_",
            "description": "The webhook-id header of the delivery."
          }
        }
      },
      "WebhookTestResult": {
        "type": "object",
        "required": [
          "eventId",
          "eventType",
          "companyId",
          "data",
          "deliveries"
        ],
        "properties": {
          "eventId": {
            "type": "string",
            "format": "uuid"
          },
          "eventType": {
            "$ref": "#/components/schemas/WebhookEventType"
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "data": {
            "type": "object",
            "additionalProperties": true,
            "description": "The resource snapshot the event carries."
          },
          "deliveries": {
            "type": "array",
            "description": "One per matching subscription; empty when none is ACTIVE for this event type.",
            "items": {
              "$ref": "#/components/schemas/WebhookDelivery"
            }
          }
        }
      },
      "WebhookTestData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/WebhookTestResult"
          }
        }
      },
      "Money": {
        "type": "object",
        "description": "An amount in integer minor units (Gjoll's \`Money\`).",
        "required": [
          "currency",
          "minors"
        ],
        "properties": {
          "currency": {
            "type": "string",
            "minLength": 3,
            "maxLength": 3
          },
          "minors": {
            "type": "integer",
            "format": "int64"
          }
        }
      },
      "Team": {
        "type": "object",
        "description": "A team of a company (sandbox world data; Pleo exposes teams only as \`teamId\` and export items' \`team\`).",
        "required": [
          "id",
          "companyId",
          "name",
          "code"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "type": "string"
          },
          "code": {
            "type": "string"
          }
        }
      },
      "TagGroup": {
        "type": "object",
        "description": "Pleo's \`TagGroupModel\`.",
        "required": [
          "archived",
          "code",
          "companyId",
          "createdAt",
          "id",
          "metadata",
          "name",
          "updatedAt"
        ],
        "properties": {
          "archived": {
            "type": "boolean"
          },
          "code": {
            "type": "string"
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "metadata": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            }
          },
          "name": {
            "type": "string"
          },
          "totalTagsCount": {
            "type": "integer",
            "format": "int64"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "Tag": {
        "type": "object",
        "description": "Pleo's \`TagModel\`.",
        "required": [
          "archived",
          "code",
          "createdAt",
          "groupId",
          "id",
          "updatedAt"
        ],
        "properties": {
          "archived": {
            "type": "boolean"
          },
          "code": {
            "type": "string"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "groupId": {
            "type": "string",
            "format": "uuid"
          },
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "type": "string"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "TagGroupDimension": {
        "type": "object",
        "description": "Pleo's \`TagGroupDimensionModel\`, a column of a tag group besides name and code.",
        "required": [
          "code",
          "createdAt",
          "displayOrder",
          "groupId",
          "id",
          "name",
          "updatedAt",
          "visible"
        ],
        "additionalProperties": false,
        "properties": {
          "code": {
            "type": "string"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "displayOrder": {
            "type": "integer",
            "format": "int32"
          },
          "groupId": {
            "type": "string",
            "format": "uuid"
          },
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "type": "string"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "visible": {
            "type": "boolean"
          }
        }
      },
      "TagDimensionValue": {
        "type": "object",
        "description": "Pleo's \`TagDimensionValueModel\`, one tag's value of one dimension of its group.",
        "required": [
          "createdAt",
          "dimensionId",
          "tagId",
          "updatedAt",
          "value"
        ],
        "additionalProperties": false,
        "properties": {
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "dimensionId": {
            "type": "string",
            "format": "uuid"
          },
          "tagId": {
            "type": "string",
            "format": "uuid"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "value": {
            "type": "string"
          }
        }
      },
      "AggregatedTagGroupDimension": {
        "type": "object",
        "description": "Pleo's \`AggregatedTagGroupDimensionModel\`.",
        "required": [
          "code",
          "createdAt",
          "displayOrder",
          "id",
          "name",
          "updatedAt",
          "visible"
        ],
        "additionalProperties": false,
        "properties": {
          "code": {
            "type": "string"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "displayOrder": {
            "type": "integer",
            "format": "int32"
          },
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "type": "string"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "visible": {
            "type": "boolean"
          }
        }
      },
      "AggregatedTagGroup": {
        "type": "object",
        "description": "Pleo's \`AggregatedTagGroupModel\`, a tag group with its dimensions (and no metadata).",
        "required": [
          "archived",
          "code",
          "companyId",
          "createdAt",
          "dimensions",
          "id",
          "name",
          "updatedAt"
        ],
        "additionalProperties": false,
        "properties": {
          "archived": {
            "type": "boolean"
          },
          "code": {
            "type": "string"
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "dimensions": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AggregatedTagGroupDimension"
            }
          },
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "type": "string"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "AggregatedTagDimension": {
        "type": "object",
        "description": "Pleo's \`AggregatedTagTagDimensionModel\`, a dimension of the tag's group and the tag's value of it.",
        "required": [
          "code",
          "displayOrder",
          "id",
          "name",
          "value",
          "visible"
        ],
        "additionalProperties": false,
        "properties": {
          "code": {
            "type": "string"
          },
          "displayOrder": {
            "type": "integer",
            "format": "int32"
          },
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "type": "string"
          },
          "value": {
            "type": "string"
          },
          "visible": {
            "type": "boolean"
          }
        }
      },
      "AggregatedTagGroupSummary": {
        "type": "object",
        "description": "Pleo's \`AggregatedTagTagGroupModel\`, the group a tag belongs to.",
        "required": [
          "code",
          "id",
          "name"
        ],
        "additionalProperties": false,
        "properties": {
          "code": {
            "type": "string"
          },
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "type": "string"
          }
        }
      },
      "AggregatedTag": {
        "type": "object",
        "description": "Pleo's \`AggregatedTagModel\`, a tag with its company, group and dimension values.",
        "required": [
          "archived",
          "code",
          "companyId",
          "createdAt",
          "dimensions",
          "group",
          "id",
          "updatedAt"
        ],
        "additionalProperties": false,
        "properties": {
          "archived": {
            "type": "boolean"
          },
          "code": {
            "type": "string"
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "dimensions": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AggregatedTagDimension"
            }
          },
          "group": {
            "$ref": "#/components/schemas/AggregatedTagGroupSummary"
          },
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "type": "string"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "TagUsage": {
        "type": "object",
        "description": "Pleo's \`TagUsageModel\`.",
        "required": [
          "count",
          "id"
        ],
        "additionalProperties": false,
        "properties": {
          "count": {
            "type": "integer",
            "format": "int32",
            "minimum": 0
          },
          "id": {
            "type": "string",
            "format": "uuid"
          }
        }
      },
      "TagGroupUsage": {
        "type": "object",
        "description": "Pleo's \`TagGroupUsageModel\`.",
        "required": [
          "usages"
        ],
        "properties": {
          "usages": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TagUsage"
            }
          }
        }
      },
      "TaxCodeType": {
        "type": "string",
        "enum": [
          "inclusive",
          "exclusive",
          "reverse"
        ]
      },
      "TaxCode": {
        "type": "object",
        "description": "Pleo's \`TaxCodeModel\`; \`rate\` is a decimal (0.25 = 25 %).",
        "required": [
          "archived",
          "companyId",
          "createdAt",
          "id",
          "name",
          "rate",
          "type",
          "updatedAt"
        ],
        "properties": {
          "accountingIntegrationSystem": {
            "type": "string"
          },
          "archived": {
            "type": "boolean"
          },
          "code": {
            "type": "string"
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "ingoingTaxAccount": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "outgoingTaxAccount": {
            "type": "string"
          },
          "rate": {
            "type": "number"
          },
          "type": {
            "$ref": "#/components/schemas/TaxCodeType"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "Account": {
        "type": "object",
        "description": "Pleo's \`BookkeepingAccountRestModelV1\` (a chart-of-accounts account).",
        "required": [
          "archived",
          "companyId",
          "externalId",
          "id",
          "name"
        ],
        "properties": {
          "archived": {
            "type": "boolean"
          },
          "code": {
            "type": "string"
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "externalId": {
            "type": "string"
          },
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "metadata": {
            "type": "object",
            "additionalProperties": true
          },
          "name": {
            "type": "string"
          },
          "taxCodeExternalId": {
            "type": "string"
          }
        }
      },
      "VendorState": {
        "type": "string",
        "enum": [
          "DRAFT",
          "ACTIVE",
          "ARCHIVED"
        ]
      },
      "Vendor": {
        "type": "object",
        "description": "Pleo's \`VendorResponse\`.",
        "required": [
          "companyId",
          "defaultCurrency",
          "id",
          "name",
          "state"
        ],
        "properties": {
          "accountingSystem": {
            "type": "string"
          },
          "code": {
            "type": "string"
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "country": {
            "$ref": "#/components/schemas/CountryCode"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "defaultCurrency": {
            "type": "string",
            "minLength": 3,
            "maxLength": 3
          },
          "externalId": {
            "type": "string"
          },
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "type": "string"
          },
          "registrationNumber": {
            "type": "string"
          },
          "state": {
            "$ref": "#/components/schemas/VendorState"
          },
          "taxRegistrationNumber": {
            "type": "string"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "AccountingEntryFamily": {
        "type": "string",
        "enum": [
          "BALANCE_AMENDMENT",
          "BILL_INVOICE",
          "CARD_PURCHASE",
          "CASHBACK",
          "CREDIT_NOTE",
          "MILEAGE",
          "OUT_OF_POCKET",
          "OVERDRAFT",
          "PER_DIEM",
          "PLEO_INVOICE",
          "REIMBURSEMENT",
          "WALLET",
          "BILL_INVOICE_PAYMENT"
        ]
      },
      "AccountingEntrySubFamily": {
        "type": "string",
        "enum": [
          "ATM",
          "IN_STORE",
          "ONLINE",
          "PLEO_INVOICE",
          "PLEO_INVOICE_REFUND",
          "REIMBURSEMENT_TO_COMPANY",
          "REIMBURSEMENT_TO_EMPLOYEE",
          "REIMBURSEMENT_TO_EMPLOYEE_REFUND",
          "LOAD",
          "UNLOAD",
          "WITHDRAWAL",
          "FEE",
          "INTEREST",
          "BILL_INVOICE_PAYMENT_RETURNED",
          "BILL_INVOICE_PAYMENT_RECEIVED"
        ]
      },
      "AccountingEntryStatus": {
        "type": "string",
        "enum": [
          "DRAFT",
          "PENDING",
          "COMPLETED",
          "COMPLETED_EXTERNALLY",
          "CANCELLED",
          "REJECTED",
          "ERROR"
        ]
      },
      "ReviewStatus": {
        "type": "string",
        "enum": [
          "NOT_OK",
          "NOT_REQUIRED",
          "NOT_SET",
          "OK",
          "WAITING_FOR_EXPENSE_OWNER",
          "WAITING_FOR_REVIEWER",
          "WAITING_FOR_COMPANY_REVIEWER",
          "WAITING_FOR_TEAM_REVIEWER",
          "WAITING_FOR_TAG_REVIEWER"
        ]
      },
      "ExportStatus": {
        "type": "string",
        "enum": [
          "CREATED",
          "EXPORTED",
          "EXPORTING",
          "NOT_CREATED",
          "NOT_EXPORTED",
          "QUEUED"
        ]
      },
      "AccountingEntriesSortingKeys": {
        "type": "string",
        "enum": [
          "settledAt",
          "performedAt",
          "id",
          "bookkeepingDate"
        ]
      },
      "AccountingEntryTag": {
        "type": "object",
        "required": [
          "tagGroupId"
        ],
        "properties": {
          "tagGroupId": {
            "type": "string",
            "format": "uuid"
          },
          "tagId": {
            "type": "string",
            "format": "uuid"
          }
        }
      },
      "Attendee": {
        "type": "object",
        "required": [
          "attendableId",
          "attendableType",
          "id"
        ],
        "properties": {
          "attendableId": {
            "type": "string"
          },
          "attendableType": {
            "type": "string"
          },
          "id": {
            "type": "string"
          }
        }
      },
      "SplitItem": {
        "type": "object",
        "required": [
          "createdAt",
          "id",
          "tags",
          "updatedAt"
        ],
        "properties": {
          "accountCode": {
            "type": "string"
          },
          "accountId": {
            "type": "string",
            "format": "uuid"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "tags": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AccountingEntryTag"
            }
          },
          "taxCodeId": {
            "type": "string",
            "format": "uuid"
          },
          "totalBillValue": {
            "$ref": "#/components/schemas/Money"
          },
          "transactionValue": {
            "$ref": "#/components/schemas/Money"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "AccountingEntrySupplier": {
        "type": "object",
        "properties": {
          "cif": {
            "type": "string"
          },
          "documentNumber": {
            "type": "string"
          },
          "documentType": {
            "type": "string"
          },
          "externalAccountNumber": {
            "type": "string"
          },
          "externalSupplierId": {
            "type": "string"
          }
        }
      },
      "AccountingEntry": {
        "type": "object",
        "description": "Pleo's \`AccountingEntryV1\`. Amounts are in minor units.",
        "required": [
          "attendees",
          "companyId",
          "createdAt",
          "exportStatus",
          "family",
          "id",
          "performedAt",
          "receiptIds",
          "reviewStatus",
          "splitItems",
          "status",
          "tags",
          "transactionValue",
          "updatedAt"
        ],
        "additionalProperties": false,
        "properties": {
          "accountCode": {
            "type": "string"
          },
          "accountId": {
            "type": "string",
            "format": "uuid"
          },
          "attendees": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Attendee"
            }
          },
          "bookkeepingDate": {
            "type": "string",
            "format": "date-time"
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "deletedAt": {
            "type": "string",
            "format": "date-time"
          },
          "employeeId": {
            "type": "string",
            "format": "uuid"
          },
          "exportStatus": {
            "$ref": "#/components/schemas/ExportStatus"
          },
          "family": {
            "$ref": "#/components/schemas/AccountingEntryFamily"
          },
          "foreignExtensionId": {
            "type": "string"
          },
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "note": {
            "type": "string"
          },
          "performedAt": {
            "type": "string",
            "format": "date-time"
          },
          "receiptIds": {
            "type": "array",
            "uniqueItems": true,
            "items": {
              "type": "string",
              "format": "uuid"
            }
          },
          "reviewStatus": {
            "$ref": "#/components/schemas/ReviewStatus"
          },
          "settledAt": {
            "type": "string",
            "format": "date-time"
          },
          "splitItems": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SplitItem"
            }
          },
          "status": {
            "$ref": "#/components/schemas/AccountingEntryStatus"
          },
          "subFamily": {
            "$ref": "#/components/schemas/AccountingEntrySubFamily"
          },
          "supplier": {
            "$ref": "#/components/schemas/AccountingEntrySupplier"
          },
          "tags": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AccountingEntryTag"
            }
          },
          "taxCodeId": {
            "type": "string",
            "format": "uuid"
          },
          "teamId": {
            "type": "string",
            "format": "uuid"
          },
          "totalBillValue": {
            "$ref": "#/components/schemas/Money"
          },
          "transactionValue": {
            "$ref": "#/components/schemas/Money"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ReceiptFileType": {
        "type": "string",
        "enum": [
          "EMBED",
          "ORIGINAL",
          "THUMBNAIL",
          "PREVIEW"
        ]
      },
      "ReceiptSource": {
        "type": "string",
        "enum": [
          "APP_SHARE",
          "BOLT",
          "CAMERA",
          "CASHBACK",
          "EMAIL_FETCHING",
          "EMAIL_FETCHING_BATCHED",
          "EMAIL_FORWARDING",
          "GENERATED_RECEIPT",
          "LOST_RECEIPT",
          "ROGER",
          "STOREBOX",
          "STRIPE",
          "TRAVELPERK",
          "USER"
        ]
      },
      "ReceiptMimeType": {
        "type": "string",
        "enum": [
          "unknown",
          "application/pdf",
          "application/postscript",
          "application/xml",
          "image/jpeg",
          "image/png",
          "image/heic",
          "image/heif",
          "image/gif",
          "text/xml"
        ]
      },
      "ReceiptsSortingKeys": {
        "type": "string",
        "enum": [
          "createdAt",
          "id",
          "size"
        ]
      },
      "Receipt": {
        "type": "object",
        "description": "Pleo's \`ReceiptModel\`; \`url\` is a stand-in for a pre-signed link valid 24 hours.",
        "required": [
          "accountingEntryId",
          "createdAt",
          "fileType",
          "id",
          "mimeType",
          "sizeInBytes",
          "source",
          "url"
        ],
        "additionalProperties": false,
        "properties": {
          "accountingEntryId": {
            "type": "string",
            "format": "uuid"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "fileType": {
            "$ref": "#/components/schemas/ReceiptFileType"
          },
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "mimeType": {
            "$ref": "#/components/schemas/ReceiptMimeType"
          },
          "ocrDocumentId": {
            "type": "string",
            "format": "uuid"
          },
          "sizeInBytes": {
            "type": "integer",
            "format": "int32"
          },
          "source": {
            "$ref": "#/components/schemas/ReceiptSource"
          },
          "url": {
            "type": "string"
          }
        }
      },
      "ReceiptSearchRequest": {
        "type": "object",
        "description": "Pleo's \`ReceiptSearchRequest\`.",
        "required": [
          "includeDeleted"
        ],
        "properties": {
          "accountingEntryIds": {
            "type": "array",
            "items": {
              "type": "string",
              "format": "uuid"
            }
          },
          "employeeIds": {
            "type": "array",
            "items": {
              "type": "string",
              "format": "uuid"
            }
          },
          "fileType": {
            "$ref": "#/components/schemas/ReceiptFileType"
          },
          "includeDeleted": {
            "type": "boolean",
            "default": false
          },
          "mimeType": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ReceiptMimeType"
            }
          },
          "source": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ReceiptSource"
            }
          }
        }
      },
      "AccountingEntryCore": {
        "type": "object",
        "description": "Pleo's \`AccountingEntryCoreV6\`. Amounts are in minor units.",
        "required": [
          "companyId",
          "createdAt",
          "exportStatus",
          "family",
          "fees",
          "id",
          "performedAt",
          "receiptIds",
          "reviewStatus",
          "status",
          "transactionValue",
          "updatedAt"
        ],
        "additionalProperties": false,
        "properties": {
          "accountCode": {
            "type": "string"
          },
          "accountId": {
            "type": "string",
            "format": "uuid"
          },
          "bookkeepingDate": {
            "type": "string",
            "format": "date-time"
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "deletedAt": {
            "type": "string",
            "format": "date-time"
          },
          "employeeId": {
            "type": "string",
            "format": "uuid"
          },
          "exportStatus": {
            "$ref": "#/components/schemas/ExportStatus"
          },
          "family": {
            "$ref": "#/components/schemas/AccountingEntryFamily"
          },
          "fees": {
            "type": "object",
            "description": "Fee amounts by fee type (the sandbox models no fees).",
            "additionalProperties": {
              "$ref": "#/components/schemas/Money"
            }
          },
          "foreignExtensionId": {
            "type": "string"
          },
          "grossBillValue": {
            "$ref": "#/components/schemas/Money"
          },
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "netBillValue": {
            "$ref": "#/components/schemas/Money"
          },
          "note": {
            "type": "string"
          },
          "performedAt": {
            "type": "string",
            "format": "date-time"
          },
          "receiptIds": {
            "type": "array",
            "uniqueItems": true,
            "items": {
              "type": "string",
              "format": "uuid"
            }
          },
          "reconciliationId": {
            "type": "string"
          },
          "reviewStatus": {
            "$ref": "#/components/schemas/ReviewStatus"
          },
          "settledAt": {
            "type": "string",
            "format": "date-time"
          },
          "status": {
            "$ref": "#/components/schemas/AccountingEntryStatus"
          },
          "subFamily": {
            "$ref": "#/components/schemas/AccountingEntrySubFamily"
          },
          "supplier": {
            "$ref": "#/components/schemas/AccountingEntrySupplier"
          },
          "taxBillValue": {
            "$ref": "#/components/schemas/Money"
          },
          "taxCodeId": {
            "type": "string",
            "format": "uuid"
          },
          "teamId": {
            "type": "string",
            "format": "uuid"
          },
          "totalBillValue": {
            "$ref": "#/components/schemas/Money"
          },
          "transactionValue": {
            "$ref": "#/components/schemas/Money"
          },
          "transactionWalletValue": {
            "$ref": "#/components/schemas/Money"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "AccountingEntryCoreData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/AccountingEntryCore"
          }
        }
      },
      "ExportJobStatus": {
        "type": "string",
        "enum": [
          "pending",
          "in_progress",
          "failed",
          "completed",
          "completed_with_errors"
        ]
      },
      "ExportJobEventType": {
        "type": "string",
        "enum": [
          "started",
          "failed",
          "completed",
          "completed_with_errors"
        ]
      },
      "ExportJobFailureReasonType": {
        "type": "string",
        "enum": [
          "invalid_configuration",
          "missing_configuration",
          "authentication_failure",
          "accounting_system_authentication_failure",
          "pleo_rate_limit",
          "accounting_system_rate_limit",
          "service_unreachable",
          "accounting_system_unreachable",
          "validation_failure",
          "authorization_failure",
          "integration_unusable",
          "job_expired",
          "service_timeout",
          "accounting_system_timeout",
          "canceled_by_user"
        ]
      },
      "ExportJobItemStatus": {
        "type": "string",
        "enum": [
          "pending",
          "in_progress",
          "failed",
          "successful",
          "abandoned"
        ]
      },
      "ExportJobItemFailureReasonType": {
        "type": "string",
        "enum": [
          "receipt_upload_failure",
          "receipt_download_failure",
          "receipt_file_size_limit_exceeded",
          "receipt_conversion_failure",
          "unexpected_failure",
          "invalid_configuration",
          "missing_configuration",
          "accounting_system_authentication_failure",
          "accounting_system_rate_limit",
          "accounting_system_unreachable",
          "validation_failure",
          "accounting_system_validation_failure",
          "authorization_failure",
          "accounting_system_timeout",
          "vendor_unknown",
          "account_unknown",
          "tax_code_unknown",
          "tag_unknown"
        ]
      },
      "ExportJobItemUpdateErrorType": {
        "type": "string",
        "enum": [
          "ACCOUNTING_ENTRY_DOES_NOT_EXIST",
          "EXPORT_ENTRY_STATUS_UPDATE_FAILED",
          "ACCOUNTING_ENTRY_UPDATE_FAILED"
        ]
      },
      "ExportJob": {
        "type": "object",
        "description": "Pleo's \`ExportJobV3\`. \`expiresIn\` is counted in seconds from \`lastUpdatedAt\`.",
        "required": [
          "companyId",
          "createdAt",
          "expiresIn",
          "id",
          "isInteractive",
          "numberOfItems",
          "status",
          "vendorBasedBookkeeping"
        ],
        "additionalProperties": false,
        "properties": {
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "completedAt": {
            "type": "string",
            "format": "date-time"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "createdBy": {
            "type": "string",
            "format": "uuid"
          },
          "expiredAt": {
            "type": "string",
            "format": "date-time"
          },
          "expiresIn": {
            "type": "integer",
            "format": "int32"
          },
          "failureReason": {
            "type": "string"
          },
          "failureReasonType": {
            "$ref": "#/components/schemas/ExportJobFailureReasonType"
          },
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "isInteractive": {
            "type": "boolean"
          },
          "lastUpdatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "numberOfItems": {
            "type": "integer"
          },
          "startedAt": {
            "type": "string",
            "format": "date-time"
          },
          "status": {
            "$ref": "#/components/schemas/ExportJobStatus"
          },
          "vendorBasedBookkeeping": {
            "type": "boolean"
          }
        }
      },
      "ExportJobItem": {
        "type": "object",
        "description": "Pleo's \`ExportJobItemV3\`.",
        "required": [
          "accountingEntryId",
          "exportJobId",
          "status"
        ],
        "additionalProperties": false,
        "properties": {
          "accountingEntryId": {
            "type": "string",
            "format": "uuid"
          },
          "exportJobId": {
            "type": "string",
            "format": "uuid"
          },
          "exportedAt": {
            "type": "string",
            "format": "date-time"
          },
          "externalId": {
            "type": "string"
          },
          "externalUrl": {
            "type": "string"
          },
          "failureReason": {
            "type": "string"
          },
          "failureReasonType": {
            "$ref": "#/components/schemas/ExportJobItemFailureReasonType"
          },
          "status": {
            "$ref": "#/components/schemas/ExportJobItemStatus"
          }
        }
      },
      "AccountingEntrySearchRequest": {
        "type": "object",
        "description": "Pleo's \`AccountingEntryBaseSearchRequest\`. Fields it does not have are ignored.",
        "required": [
          "includeDeleted"
        ],
        "properties": {
          "accountIds": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string",
              "format": "uuid"
            }
          },
          "bookkeepingDateEnd": {
            "type": "string",
            "format": "date-time"
          },
          "bookkeepingDateStart": {
            "type": "string",
            "format": "date-time"
          },
          "employeeIds": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string",
              "format": "uuid"
            }
          },
          "exportStatus": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ExportStatus"
            }
          },
          "families": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AccountingEntryFamily"
            }
          },
          "foreignExtensionIds": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string"
            }
          },
          "hasAccount": {
            "type": "boolean"
          },
          "hasBookkeepingDate": {
            "type": "boolean"
          },
          "hasNote": {
            "type": "boolean"
          },
          "includeDeleted": {
            "type": "boolean",
            "default": false
          },
          "performedAtEnd": {
            "type": "string",
            "format": "date-time"
          },
          "performedAtStart": {
            "type": "string",
            "format": "date-time"
          },
          "reviewStatus": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ReviewStatus"
            }
          },
          "settled": {
            "type": "boolean"
          },
          "settledAtEnd": {
            "type": "string",
            "format": "date-time"
          },
          "settledAtStart": {
            "type": "string",
            "format": "date-time"
          },
          "status": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AccountingEntryStatus"
            }
          },
          "subFamilies": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AccountingEntrySubFamily"
            }
          },
          "tagGroupIdsUnset": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string",
              "format": "uuid"
            }
          },
          "tagRowIds": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string",
              "format": "uuid"
            }
          },
          "taxCodeIds": {
            "type": "array",
            "maxItems": 100,
            "uniqueItems": true,
            "items": {
              "type": "string",
              "format": "uuid"
            }
          },
          "teamIds": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string",
              "format": "uuid"
            }
          },
          "transactionValueCurrencies": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string"
            }
          }
        }
      },
      "AccountingEntryPage": {
        "type": "object",
        "required": [
          "data",
          "pagination"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AccountingEntry"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/CursorPageInfo"
          }
        }
      },
      "AccountingEntryData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/AccountingEntry"
          }
        }
      },
      "ReceiptPage": {
        "type": "object",
        "required": [
          "data",
          "pagination"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Receipt"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/CursorPageInfo"
          }
        }
      },
      "ReceiptData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Receipt"
          }
        }
      },
      "ExportJobItemUpdateError": {
        "type": "object",
        "required": [
          "accountingEntryId",
          "message",
          "type"
        ],
        "properties": {
          "accountingEntryId": {
            "type": "string",
            "format": "uuid"
          },
          "message": {
            "type": "string"
          },
          "type": {
            "$ref": "#/components/schemas/ExportJobItemUpdateErrorType"
          }
        }
      },
      "ExportJobItemUpdateResult": {
        "type": "object",
        "description": "Pleo's \`ExportJobItemUpdateV3\`: the items updated, and one error per item that could not be.",
        "required": [
          "data",
          "errors"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ExportJobItem"
            }
          },
          "errors": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ExportJobItemUpdateError"
            }
          }
        }
      },
      "UpdateExportJobItem": {
        "type": "object",
        "description": "Pleo's \`UpdateExportJobItemV3\`.",
        "required": [
          "accountingEntryId",
          "status"
        ],
        "properties": {
          "accountingEntryId": {
            "type": "string",
            "format": "uuid"
          },
          "exportedAt": {
            "type": "string",
            "format": "date-time"
          },
          "externalId": {
            "type": "string"
          },
          "externalUrl": {
            "type": "string"
          },
          "failureReason": {
            "type": "string"
          },
          "failureReasonType": {
            "$ref": "#/components/schemas/ExportJobItemFailureReasonType"
          },
          "status": {
            "$ref": "#/components/schemas/ExportJobItemStatus"
          }
        }
      },
      "CreateExportJob": {
        "type": "object",
        "description": "Pleo's \`CreateExportJob\`. The sandbox asks for at least one entry.",
        "required": [
          "accountingEntryIds",
          "companyId"
        ],
        "properties": {
          "accountingEntryIds": {
            "type": "array",
            "minItems": 1,
            "items": {
              "type": "string",
              "format": "uuid"
            }
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "employeeId": {
            "type": [
              "string",
              "null"
            ],
            "format": "uuid"
          },
          "isInteractive": {
            "type": [
              "boolean",
              "null"
            ],
            "default": true
          },
          "options": {
            "type": [
              "object",
              "null"
            ],
            "properties": {
              "vendorBasedBookkeeping": {
                "type": [
                  "boolean",
                  "null"
                ],
                "default": false
              }
            }
          }
        }
      },
      "CreateExportJobEvent": {
        "type": "object",
        "required": [
          "event",
          "jobId"
        ],
        "properties": {
          "event": {
            "$ref": "#/components/schemas/ExportJobEventType"
          },
          "failureReason": {
            "type": "string"
          },
          "failureReasonType": {
            "$ref": "#/components/schemas/ExportJobFailureReasonType"
          },
          "jobId": {
            "type": "string",
            "format": "uuid"
          }
        }
      },
      "ExportJobPage": {
        "type": "object",
        "required": [
          "data",
          "pagination"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ExportJob"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/CursorPageInfo"
          }
        }
      },
      "ExportJobData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/ExportJob"
          }
        }
      },
      "ExportJobItemData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/ExportJobItem"
          }
        }
      },
      "ExportJobItemPage": {
        "type": "object",
        "required": [
          "data",
          "pagination"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ExportJobItem"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/CursorPageInfo"
          }
        }
      },
      "ExportMoney": {
        "type": "object",
        "description": "Export items' money (\`MoneyModel\`); \`value\` is in minor units (cents).",
        "required": [
          "currency",
          "value"
        ],
        "properties": {
          "currency": {
            "type": "string"
          },
          "value": {
            "type": "number"
          }
        }
      },
      "ExportAmounts": {
        "type": "object",
        "required": [
          "inSupplierCurrency",
          "inWalletCurrency"
        ],
        "properties": {
          "inSupplierCurrency": {
            "$ref": "#/components/schemas/ExportMoney"
          },
          "inWalletCurrency": {
            "$ref": "#/components/schemas/ExportMoney"
          }
        }
      },
      "ExportItemTypeV3": {
        "type": "string",
        "enum": [
          "card_purchase",
          "card_invoice",
          "out_of_pocket",
          "mileage",
          "per_diem",
          "external_reimbursement",
          "direct_reimbursement",
          "invoice",
          "invoice_payment",
          "chargeback",
          "refund",
          "cashback",
          "atm_withdrawal",
          "wallet_topup",
          "wallet_unload",
          "personal_spend",
          "fee"
        ]
      },
      "ExportItemSubTypeV3": {
        "type": "string",
        "enum": [
          "reimbursement_to_employee_refund",
          "reimbursement_to_company",
          "reimbursement_to_employee",
          "invoice_payment_returned",
          "invoice_payment_sent",
          "interest"
        ]
      },
      "ExportItemLine": {
        "type": "object",
        "required": [
          "accountingEntryLineId",
          "lineAmount",
          "netAmount"
        ],
        "properties": {
          "accountingEntryLineId": {
            "type": "string",
            "format": "uuid"
          },
          "account": {
            "type": "object",
            "required": [
              "id",
              "name"
            ],
            "properties": {
              "code": {
                "type": "string"
              },
              "id": {
                "type": "string",
                "format": "uuid"
              },
              "identifier": {
                "type": "string"
              },
              "name": {
                "type": "string"
              }
            }
          },
          "lineAmount": {
            "$ref": "#/components/schemas/ExportAmounts"
          },
          "netAmount": {
            "$ref": "#/components/schemas/ExportAmounts"
          },
          "tags": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "code",
                "groupCode",
                "id"
              ],
              "properties": {
                "code": {
                  "type": "string"
                },
                "groupCode": {
                  "type": "string"
                },
                "id": {
                  "type": "string",
                  "format": "uuid"
                }
              }
            }
          },
          "tax": {
            "type": "object",
            "required": [
              "amount",
              "id",
              "rate",
              "type"
            ],
            "properties": {
              "amount": {
                "$ref": "#/components/schemas/ExportAmounts"
              },
              "code": {
                "type": "string"
              },
              "id": {
                "type": "string",
                "format": "uuid"
              },
              "ingoingTaxAccount": {
                "type": "string"
              },
              "outgoingTaxAccount": {
                "type": "string"
              },
              "rate": {
                "type": "number"
              },
              "type": {
                "$ref": "#/components/schemas/TaxCodeType"
              }
            }
          }
        }
      },
      "ExportContraAccount": {
        "type": "object",
        "description": "Pleo's \`ContraAccount\`; \`id\` and \`name\` are the Pleo account (wallet), \`code\` and \`identifier\` the account it maps to in the ERP.",
        "required": [
          "id",
          "name"
        ],
        "properties": {
          "code": {
            "type": "string"
          },
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "identifier": {
            "type": "string"
          },
          "name": {
            "type": "string"
          }
        }
      },
      "ExportNamedRef": {
        "type": "object",
        "required": [
          "id",
          "name"
        ],
        "properties": {
          "code": {
            "type": "string"
          },
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "type": "string"
          }
        }
      },
      "ExportItem": {
        "type": "object",
        "description": "Pleo's \`ExportItemV3\`, built from an accounting entry and the master data it points at.",
        "required": [
          "_links",
          "accountingEntryId",
          "accountingEntryLines",
          "additionalInformation",
          "amount",
          "companyId",
          "date",
          "type"
        ],
        "additionalProperties": false,
        "properties": {
          "_links": {
            "type": "object",
            "properties": {
              "api": {
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "mobile": {
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "web": {
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                }
              }
            }
          },
          "accountingEntryId": {
            "type": "string",
            "format": "uuid"
          },
          "accountingEntryLines": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ExportItemLine"
            }
          },
          "additionalInformation": {
            "type": "object",
            "required": [
              "reconciliationId"
            ],
            "properties": {
              "attendees": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "invoiceInformation": {
                "type": "object",
                "required": [
                  "invoiceDate",
                  "invoiceNumber",
                  "status"
                ],
                "properties": {
                  "dueDate": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "invoiceDate": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "invoiceNumber": {
                    "type": "string"
                  },
                  "paymentDate": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "status": {
                    "type": "string"
                  }
                }
              },
              "reconciliationId": {
                "type": "string"
              }
            }
          },
          "amount": {
            "$ref": "#/components/schemas/ExportAmounts"
          },
          "bookkeeping": {
            "type": "object",
            "required": [
              "method"
            ],
            "properties": {
              "method": {
                "type": "string",
                "enum": [
                  "none",
                  "journal",
                  "accounts_payable"
                ]
              }
            }
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "contraAccount": {
            "$ref": "#/components/schemas/ExportContraAccount"
          },
          "date": {
            "type": "string",
            "format": "date-time"
          },
          "files": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "size",
                "type",
                "url"
              ],
              "properties": {
                "size": {
                  "type": "integer",
                  "format": "int32"
                },
                "type": {
                  "type": "string"
                },
                "url": {
                  "type": "string"
                }
              }
            }
          },
          "note": {
            "type": "string"
          },
          "subType": {
            "$ref": "#/components/schemas/ExportItemSubTypeV3"
          },
          "supplier": {
            "type": "object",
            "properties": {
              "account": {
                "type": "string"
              },
              "categoryCode": {
                "type": "string"
              },
              "code": {
                "type": "string"
              },
              "country": {
                "type": "string"
              },
              "name": {
                "type": "string"
              },
              "taxIdentifier": {
                "type": "string"
              }
            }
          },
          "team": {
            "$ref": "#/components/schemas/ExportNamedRef"
          },
          "type": {
            "$ref": "#/components/schemas/ExportItemTypeV3"
          },
          "user": {
            "$ref": "#/components/schemas/ExportNamedRef"
          },
          "vendor": {
            "type": "object",
            "required": [
              "defaultCurrency",
              "id",
              "name"
            ],
            "properties": {
              "code": {
                "type": "string"
              },
              "country": {
                "type": "string"
              },
              "defaultCurrency": {
                "type": "string",
                "minLength": 3,
                "maxLength": 3
              },
              "externalId": {
                "type": "string"
              },
              "id": {
                "type": "string",
                "format": "uuid"
              },
              "name": {
                "type": "string"
              },
              "registrationNumber": {
                "type": "string"
              },
              "taxRegistrationNumber": {
                "type": "string"
              }
            }
          }
        }
      },
      "ExportItemPage": {
        "type": "object",
        "required": [
          "data",
          "pagination"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ExportItem"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/CursorPageInfo"
          }
        }
      },
      "ExportJobItemFailureReasonTypeV2": {
        "type": "string",
        "description": "Export v2's item failure reasons (v3 adds vendor_unknown, account_unknown, tax_code_unknown and tag_unknown).",
        "enum": [
          "receipt_upload_failure",
          "receipt_download_failure",
          "receipt_file_size_limit_exceeded",
          "receipt_conversion_failure",
          "unexpected_failure",
          "invalid_configuration",
          "missing_configuration",
          "accounting_system_authentication_failure",
          "accounting_system_rate_limit",
          "accounting_system_unreachable",
          "validation_failure",
          "accounting_system_validation_failure",
          "authorization_failure",
          "accounting_system_timeout"
        ]
      },
      "ExportJobItemV2": {
        "type": "object",
        "description": "Pleo's \`ExportJobItem\` (Export v2).",
        "required": [
          "accountingEntryId",
          "exportJobId",
          "status"
        ],
        "additionalProperties": false,
        "properties": {
          "accountingEntryId": {
            "type": "string",
            "format": "uuid"
          },
          "exportJobId": {
            "type": "string",
            "format": "uuid"
          },
          "exportedAt": {
            "type": "string",
            "format": "date-time"
          },
          "externalId": {
            "type": "string"
          },
          "externalUrl": {
            "type": "string"
          },
          "failureReason": {
            "type": "string"
          },
          "failureReasonType": {
            "$ref": "#/components/schemas/ExportJobItemFailureReasonTypeV2"
          },
          "status": {
            "$ref": "#/components/schemas/ExportJobItemStatus"
          }
        }
      },
      "ExportJobItemPageV2": {
        "type": "object",
        "required": [
          "data",
          "pagination"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ExportJobItemV2"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/CursorPageInfo"
          }
        }
      },
      "UpdateExportJobItemV2": {
        "type": "object",
        "description": "Pleo's \`UpdateExportJobItem\` (Export v2).",
        "required": [
          "accountingEntryId",
          "status"
        ],
        "properties": {
          "accountingEntryId": {
            "type": "string",
            "format": "uuid"
          },
          "exportedAt": {
            "type": "string",
            "format": "date-time"
          },
          "externalId": {
            "type": "string"
          },
          "externalUrl": {
            "type": "string"
          },
          "failureReason": {
            "type": "string"
          },
          "failureReasonType": {
            "$ref": "#/components/schemas/ExportJobItemFailureReasonTypeV2"
          },
          "status": {
            "$ref": "#/components/schemas/ExportJobItemStatus"
          }
        }
      },
      "ExportJobItemUpdateResultV2": {
        "type": "object",
        "description": "Pleo's \`ExportJobItemUpdate\` (Export v2).",
        "required": [
          "data",
          "errors"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ExportJobItemV2"
            }
          },
          "errors": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ExportJobItemUpdateError"
            }
          }
        }
      },
      "ExportItemLineV2": {
        "type": "object",
        "required": [
          "accountingEntryLineId",
          "lineAmount",
          "netAmount"
        ],
        "properties": {
          "accountingEntryLineId": {
            "type": "string",
            "format": "uuid"
          },
          "account": {
            "type": "object",
            "required": [
              "id",
              "name"
            ],
            "properties": {
              "code": {
                "type": "string"
              },
              "id": {
                "type": "string",
                "format": "uuid"
              },
              "identifier": {
                "type": "string"
              },
              "name": {
                "type": "string"
              }
            }
          },
          "lineAmount": {
            "$ref": "#/components/schemas/ExportAmounts"
          },
          "netAmount": {
            "$ref": "#/components/schemas/ExportAmounts"
          },
          "tags": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "code",
                "groupCode",
                "id"
              ],
              "properties": {
                "code": {
                  "type": "string"
                },
                "groupCode": {
                  "type": "string"
                },
                "id": {
                  "type": "string",
                  "format": "uuid"
                }
              }
            }
          },
          "tax": {
            "type": "object",
            "required": [
              "amount",
              "id",
              "rate",
              "type"
            ],
            "properties": {
              "amount": {
                "$ref": "#/components/schemas/ExportAmounts"
              },
              "code": {
                "type": "string"
              },
              "id": {
                "type": "string",
                "format": "uuid"
              },
              "rate": {
                "type": "number"
              },
              "type": {
                "$ref": "#/components/schemas/TaxCodeType"
              }
            }
          }
        }
      },
      "ExportItemV2": {
        "type": "object",
        "description": "Pleo's \`ExportItemV2\`, the v3 item of the same entry without \`contraAccount\` and the lines' tax accounts, with \`teamCode\`.",
        "required": [
          "_links",
          "accountingEntryId",
          "accountingEntryLines",
          "additionalInformation",
          "amount",
          "companyId",
          "date",
          "type"
        ],
        "additionalProperties": false,
        "properties": {
          "_links": {
            "type": "object",
            "properties": {
              "api": {
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "mobile": {
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                }
              },
              "web": {
                "type": "object",
                "additionalProperties": {
                  "type": "string"
                }
              }
            }
          },
          "accountingEntryId": {
            "type": "string",
            "format": "uuid"
          },
          "accountingEntryLines": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ExportItemLineV2"
            }
          },
          "additionalInformation": {
            "type": "object",
            "required": [
              "reconciliationId"
            ],
            "properties": {
              "attendees": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "invoiceInformation": {
                "type": "object",
                "required": [
                  "invoiceDate",
                  "invoiceNumber",
                  "status"
                ],
                "properties": {
                  "dueDate": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "invoiceDate": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "invoiceNumber": {
                    "type": "string"
                  },
                  "paymentDate": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "status": {
                    "type": "string",
                    "enum": [
                      "pending_approval",
                      "paid"
                    ]
                  }
                }
              },
              "reconciliationId": {
                "type": "string"
              }
            }
          },
          "amount": {
            "$ref": "#/components/schemas/ExportAmounts"
          },
          "bookkeeping": {
            "type": "object",
            "required": [
              "method"
            ],
            "properties": {
              "method": {
                "type": "string",
                "enum": [
                  "none",
                  "journal",
                  "accounts_payable"
                ]
              }
            }
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "date": {
            "type": "string",
            "format": "date-time"
          },
          "files": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "size",
                "type",
                "url"
              ],
              "properties": {
                "size": {
                  "type": "integer",
                  "format": "int32"
                },
                "type": {
                  "type": "string"
                },
                "url": {
                  "type": "string"
                }
              }
            }
          },
          "note": {
            "type": "string"
          },
          "subType": {
            "type": "string"
          },
          "supplier": {
            "type": "object",
            "properties": {
              "account": {
                "type": "string"
              },
              "categoryCode": {
                "type": "string"
              },
              "code": {
                "type": "string"
              },
              "country": {
                "type": "string"
              },
              "name": {
                "type": "string"
              },
              "taxIdentifier": {
                "type": "string"
              }
            }
          },
          "team": {
            "$ref": "#/components/schemas/ExportNamedRef"
          },
          "teamCode": {
            "type": "string"
          },
          "type": {
            "$ref": "#/components/schemas/ExportItemTypeV3"
          },
          "user": {
            "$ref": "#/components/schemas/ExportNamedRef"
          },
          "vendor": {
            "type": "object",
            "required": [
              "defaultCurrency",
              "id",
              "name"
            ],
            "properties": {
              "code": {
                "type": "string"
              },
              "country": {
                "type": "string"
              },
              "defaultCurrency": {
                "type": "string",
                "minLength": 3,
                "maxLength": 3
              },
              "externalId": {
                "type": "string"
              },
              "id": {
                "type": "string",
                "format": "uuid"
              },
              "name": {
                "type": "string"
              },
              "registrationNumber": {
                "type": "string"
              },
              "taxRegistrationNumber": {
                "type": "string"
              }
            }
          }
        }
      },
      "ExportItemPageV2": {
        "type": "object",
        "required": [
          "data",
          "pagination"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ExportItemV2"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/CursorPageInfo"
          }
        }
      },
      "CreateClientInstallationRequest": {
        "type": "object",
        "properties": {
          "metadata": {
            "type": "object",
            "additionalProperties": true
          },
          "status": {
            "$ref": "#/components/schemas/InstallationStatus"
          }
        }
      },
      "UpdateInstallationRequest": {
        "type": "object",
        "required": [
          "status"
        ],
        "properties": {
          "errorCode": {
            "$ref": "#/components/schemas/InstallationErrorCode"
          },
          "metadata": {
            "type": "object",
            "additionalProperties": true
          },
          "status": {
            "$ref": "#/components/schemas/InstallationStatus"
          }
        }
      },
      "StringMetadata": {
        "type": "object",
        "additionalProperties": {
          "type": "string"
        }
      },
      "TagGroupCreateRequest": {
        "type": "object",
        "description": "Pleo's \`TagGroupCreateModel\`.",
        "required": [
          "archived",
          "code",
          "name"
        ],
        "properties": {
          "archived": {
            "type": "boolean"
          },
          "code": {
            "type": "string"
          },
          "metadata": {
            "$ref": "#/components/schemas/StringMetadata"
          },
          "name": {
            "type": "string"
          }
        }
      },
      "TagGroupUpdateRequest": {
        "type": "object",
        "description": "Pleo's \`TagGroupUpdateModel\` (a full replacement).",
        "required": [
          "archived",
          "code",
          "metadata",
          "name"
        ],
        "properties": {
          "archived": {
            "type": "boolean"
          },
          "code": {
            "type": "string"
          },
          "metadata": {
            "$ref": "#/components/schemas/StringMetadata"
          },
          "name": {
            "type": "string"
          }
        }
      },
      "TagRequest": {
        "type": "object",
        "description": "Pleo's \`TagCreateModel\` and \`TagUpdateModel\` (same fields). \`otherDimensionValues\` are the tag's values of its group's dimensions, in display order; on create a dimension without one gets an empty value, on update it keeps its value; values beyond the group's dimensions are ignored.",
        "required": [
          "archived",
          "code"
        ],
        "properties": {
          "archived": {
            "type": "boolean"
          },
          "code": {
            "type": "string",
            "minLength": 1
          },
          "name": {
            "type": "string"
          },
          "otherDimensionValues": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "TagGroupData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/TagGroup"
          }
        }
      },
      "TagGroupList": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TagGroup"
            }
          }
        }
      },
      "TagData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Tag"
          }
        }
      },
      "TagPage": {
        "type": "object",
        "required": [
          "data",
          "pagination"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Tag"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/CursorPageInfo"
          }
        }
      },
      "TagSearchRequest": {
        "type": "object",
        "description": "Pleo's \`CompositeTagSearchRequest\`.",
        "properties": {
          "archived": {
            "type": "boolean"
          },
          "includeArchived": {
            "type": "boolean"
          },
          "tagGroupIds": {
            "type": "array",
            "uniqueItems": true,
            "items": {
              "type": "string",
              "format": "uuid"
            }
          },
          "tagIds": {
            "type": "array",
            "uniqueItems": true,
            "items": {
              "type": "string",
              "format": "uuid"
            }
          },
          "textSearch": {
            "type": "string"
          }
        }
      },
      "BulkTagArchiveRequest": {
        "type": "object",
        "description": "Pleo's \`BulkTagArchiveModel\`.",
        "required": [
          "archived",
          "companyId",
          "tagIds"
        ],
        "properties": {
          "archived": {
            "type": "boolean"
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "tagIds": {
            "type": "array",
            "minItems": 1,
            "maxItems": 100,
            "items": {
              "type": "string",
              "format": "uuid"
            }
          }
        }
      },
      "BulkTagDeleteRequest": {
        "type": "object",
        "description": "Pleo's \`BulkTagDeleteModel\`.",
        "required": [
          "companyId",
          "tagIds"
        ],
        "properties": {
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "tagIds": {
            "type": "array",
            "minItems": 1,
            "maxItems": 100,
            "items": {
              "type": "string",
              "format": "uuid"
            }
          }
        }
      },
      "TagGroupDimensionCreateRequest": {
        "type": "object",
        "description": "Pleo's \`TagGroupDimensionCreateModel\`; \`displayOrder\` is deprecated there and ignored.",
        "required": [
          "code",
          "name",
          "visible"
        ],
        "properties": {
          "code": {
            "type": "string",
            "minLength": 1
          },
          "displayOrder": {
            "type": [
              "integer",
              "null"
            ],
            "format": "int32",
            "deprecated": true
          },
          "name": {
            "type": "string"
          },
          "visible": {
            "type": "boolean"
          }
        }
      },
      "TagGroupDimensionUpdateRequest": {
        "type": "object",
        "description": "Pleo's \`TagGroupDimensionUpdateModel\` (a full replacement).",
        "required": [
          "code",
          "displayOrder",
          "name",
          "visible"
        ],
        "properties": {
          "code": {
            "type": "string",
            "minLength": 1
          },
          "displayOrder": {
            "type": "integer",
            "format": "int32"
          },
          "name": {
            "type": "string"
          },
          "visible": {
            "type": "boolean"
          }
        }
      },
      "TagDimensionValueRequest": {
        "type": "object",
        "description": "Pleo's \`TagDimensionValueCreateModel\` and \`TagDimensionValueUpdateModel\`.",
        "required": [
          "value"
        ],
        "properties": {
          "value": {
            "type": "string"
          }
        }
      },
      "TagList": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Tag"
            }
          }
        }
      },
      "TagGroupDimensionData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/TagGroupDimension"
          }
        }
      },
      "TagGroupDimensionList": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TagGroupDimension"
            }
          }
        }
      },
      "TagDimensionValueData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/TagDimensionValue"
          }
        }
      },
      "TagDimensionValueList": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TagDimensionValue"
            }
          }
        }
      },
      "AggregatedTagGroupList": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AggregatedTagGroup"
            }
          }
        }
      },
      "AggregatedTagPage": {
        "type": "object",
        "required": [
          "data",
          "pagination"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AggregatedTag"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/CursorPageInfo"
          }
        }
      },
      "TagGroupUsageData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/TagGroupUsage"
          }
        }
      },
      "TaxCodeRequest": {
        "type": "object",
        "description": "Pleo's \`TaxCodeCreateUpdateModel\`.",
        "required": [
          "archived",
          "companyId",
          "name",
          "rate",
          "type"
        ],
        "properties": {
          "archived": {
            "type": "boolean"
          },
          "code": {
            "type": [
              "string",
              "null"
            ]
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "ingoingTaxAccount": {
            "type": [
              "string",
              "null"
            ]
          },
          "name": {
            "type": "string",
            "minLength": 1
          },
          "outgoingTaxAccount": {
            "type": [
              "string",
              "null"
            ]
          },
          "rate": {
            "type": "number",
            "minimum": 0,
            "maximum": 1
          },
          "type": {
            "$ref": "#/components/schemas/TaxCodeType"
          }
        }
      },
      "TaxCodeSearchRequest": {
        "type": "object",
        "description": "Pleo's \`TaxCodeSearchRequest\`.",
        "properties": {
          "archived": {
            "type": "boolean"
          },
          "code": {
            "type": "string"
          },
          "taxCodeIds": {
            "type": "array",
            "uniqueItems": true,
            "items": {
              "type": "string",
              "format": "uuid"
            }
          },
          "type": {
            "$ref": "#/components/schemas/TaxCodeType"
          }
        }
      },
      "TaxCodeData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/TaxCode"
          }
        }
      },
      "TaxCodePage": {
        "type": "object",
        "required": [
          "data",
          "pagination"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TaxCode"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/CursorPageInfo"
          }
        }
      },
      "TaxedAmount": {
        "type": "object",
        "description": "Pleo's \`TaxedAmount\`; \`id\` is the caller's, repeated in the answer.",
        "required": [
          "amount",
          "id"
        ],
        "properties": {
          "amount": {
            "$ref": "#/components/schemas/Money"
          },
          "id": {
            "type": "string"
          }
        }
      },
      "CalculateTaxesRequest": {
        "type": "object",
        "description": "Pleo's \`CalculateTaxesRequest\`.",
        "required": [
          "amountsByTaxCodeId"
        ],
        "properties": {
          "amountsByTaxCodeId": {
            "type": "object",
            "description": "Amounts by tax code id.",
            "additionalProperties": {
              "type": "array",
              "items": {
                "$ref": "#/components/schemas/TaxedAmount"
              }
            }
          }
        }
      },
      "AmountTaxBreakdown": {
        "type": "object",
        "required": [
          "gross",
          "net",
          "tax"
        ],
        "properties": {
          "gross": {
            "$ref": "#/components/schemas/Money"
          },
          "net": {
            "$ref": "#/components/schemas/Money"
          },
          "tax": {
            "$ref": "#/components/schemas/Money"
          }
        }
      },
      "TaxBreakdown": {
        "type": "object",
        "description": "Pleo's \`Taxes\`.",
        "required": [
          "amountTaxBreakdown",
          "id"
        ],
        "properties": {
          "amountTaxBreakdown": {
            "$ref": "#/components/schemas/AmountTaxBreakdown"
          },
          "id": {
            "type": "string"
          }
        }
      },
      "CalculateTaxesData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "type": "object",
            "required": [
              "taxes"
            ],
            "properties": {
              "taxes": {
                "type": "object",
                "additionalProperties": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/TaxBreakdown"
                  }
                }
              }
            }
          }
        }
      },
      "AccountCreateRequest": {
        "type": "object",
        "description": "Pleo's \`BookkeepingAccountCreateRequestV1\`.",
        "required": [
          "archived",
          "companyId",
          "externalId",
          "name"
        ],
        "properties": {
          "archived": {
            "type": "boolean"
          },
          "code": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 255
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "externalId": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "metadata": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": true
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "taxCodeExternalId": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "AccountUpdateRequest": {
        "type": "object",
        "description": "Pleo's \`BookkeepingAccountUpdateRequestV1\`.",
        "required": [
          "archived",
          "name"
        ],
        "properties": {
          "archived": {
            "type": "boolean"
          },
          "code": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 255
          },
          "metadata": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": true
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "taxCodeExternalId": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "AccountBatchItem": {
        "type": "object",
        "description": "Pleo's \`BookkeepingAccountBatchRequestItemV1\`; lengths are checked per item (see AccountBatchFailureReason).",
        "required": [
          "archived",
          "externalId",
          "name"
        ],
        "properties": {
          "archived": {
            "type": "boolean"
          },
          "code": {
            "type": [
              "string",
              "null"
            ]
          },
          "externalId": {
            "type": "string"
          },
          "metadata": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": true
          },
          "name": {
            "type": "string"
          },
          "taxCodeExternalId": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "AccountBatchRequest": {
        "type": "object",
        "description": "Pleo's \`BookkeepingAccountBatchCreateRequestV1\`.",
        "required": [
          "companyId",
          "items"
        ],
        "properties": {
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "items": {
            "type": "array",
            "minItems": 1,
            "maxItems": 1000,
            "items": {
              "$ref": "#/components/schemas/AccountBatchItem"
            }
          }
        }
      },
      "AccountBatchFailureReason": {
        "type": "string",
        "enum": [
          "EXTERNAL_ID_ALREADY_EXISTS",
          "EXTERNAL_ID_TOO_LONG",
          "EXTERNAL_ID_EMPTY",
          "NAME_TOO_LONG",
          "NAME_EMPTY",
          "CODE_TOO_LONG",
          "OTHER"
        ]
      },
      "AccountBatchFailure": {
        "type": "object",
        "required": [
          "reasons",
          "request"
        ],
        "properties": {
          "reasons": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AccountBatchFailureReason"
            }
          },
          "request": {
            "$ref": "#/components/schemas/AccountBatchItem"
          }
        }
      },
      "AccountBatchResult": {
        "type": "object",
        "required": [
          "created",
          "failed"
        ],
        "properties": {
          "created": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Account"
            }
          },
          "failed": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AccountBatchFailure"
            }
          }
        }
      },
      "AccountBatchData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/AccountBatchResult"
          }
        }
      },
      "AccountSearchRequest": {
        "type": "object",
        "description": "Pleo's \`BookkeepingAccountSearchRequestV1\`. The two \`excludeIfAssigned...\` flags default to\\nfalse and change nothing: the sandbox has no categories or contra accounts.\\n",
        "required": [
          "companyId"
        ],
        "properties": {
          "archived": {
            "type": [
              "boolean",
              "null"
            ]
          },
          "code": {
            "type": [
              "string",
              "null"
            ],
            "deprecated": true
          },
          "codes": {
            "type": [
              "array",
              "null"
            ],
            "uniqueItems": true,
            "items": {
              "type": "string"
            }
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "excludeIfAssignedToCategory": {
            "type": "boolean",
            "default": false
          },
          "excludeIfAssignedToContraAccount": {
            "type": "boolean",
            "default": false
          },
          "externalId": {
            "type": [
              "string",
              "null"
            ]
          },
          "ids": {
            "type": [
              "array",
              "null"
            ],
            "uniqueItems": true,
            "items": {
              "type": "string",
              "format": "uuid"
            }
          },
          "name": {
            "type": [
              "string",
              "null"
            ]
          }
        }
      },
      "AccountData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Account"
          }
        }
      },
      "AccountPage": {
        "type": "object",
        "required": [
          "data",
          "pagination"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Account"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/CursorPageInfo"
          }
        }
      },
      "CountryCode": {
        "type": "string",
        "description": "ISO 3166-1 alpha-2 (and Pleo's extras such as UNDEFINED), as Pleo's vendors document lists them.",
        "enum": [
          "UNDEFINED",
          "AC",
          "AD",
          "AE",
          "AF",
          "AG",
          "AI",
          "AL",
          "AM",
          "AN",
          "AO",
          "AQ",
          "AR",
          "AS",
          "AT",
          "AU",
          "AW",
          "AX",
          "AZ",
          "BA",
          "BB",
          "BD",
          "BE",
          "BF",
          "BG",
          "BH",
          "BI",
          "BJ",
          "BL",
          "BM",
          "BN",
          "BO",
          "BQ",
          "BR",
          "BS",
          "BT",
          "BU",
          "BV",
          "BW",
          "BY",
          "BZ",
          "CA",
          "CC",
          "CD",
          "CF",
          "CG",
          "CH",
          "CI",
          "CK",
          "CL",
          "CM",
          "CN",
          "CO",
          "CP",
          "CR",
          "CS",
          "CU",
          "CV",
          "CW",
          "CX",
          "CY",
          "CZ",
          "DE",
          "DG",
          "DJ",
          "DK",
          "DM",
          "DO",
          "DZ",
          "EA",
          "EC",
          "EE",
          "EG",
          "EH",
          "ER",
          "ES",
          "ET",
          "EU",
          "EZ",
          "FI",
          "FJ",
          "FK",
          "FM",
          "FO",
          "FR",
          "FX",
          "GA",
          "GB",
          "GD",
          "GE",
          "GF",
          "GG",
          "GH",
          "GI",
          "GL",
          "GM",
          "GN",
          "GP",
          "GQ",
          "GR",
          "GS",
          "GT",
          "GU",
          "GW",
          "GY",
          "HK",
          "HM",
          "HN",
          "HR",
          "HT",
          "HU",
          "IC",
          "ID",
          "IE",
          "IL",
          "IM",
          "IN",
          "IO",
          "IQ",
          "IR",
          "IS",
          "IT",
          "JE",
          "JM",
          "JO",
          "JP",
          "KE",
          "KG",
          "KH",
          "KI",
          "KM",
          "KN",
          "KP",
          "KR",
          "KW",
          "KY",
          "KZ",
          "LA",
          "LB",
          "LC",
          "LI",
          "LK",
          "LR",
          "LS",
          "LT",
          "LU",
          "LV",
          "LY",
          "MA",
          "MC",
          "MD",
          "ME",
          "MF",
          "MG",
          "MH",
          "MK",
          "ML",
          "MM",
          "MN",
          "MO",
          "MP",
          "MQ",
          "MR",
          "MS",
          "MT",
          "MU",
          "MV",
          "MW",
          "MX",
          "MY",
          "MZ",
          "NA",
          "NC",
          "NE",
          "NF",
          "NG",
          "NI",
          "NL",
          "NO",
          "NP",
          "NR",
          "NT",
          "NU",
          "NZ",
          "OM",
          "PA",
          "PE",
          "PF",
          "PG",
          "PH",
          "PK",
          "PL",
          "PM",
          "PN",
          "PR",
          "PS",
          "PT",
          "PW",
          "PY",
          "QA",
          "RE",
          "RO",
          "RS",
          "RU",
          "RW",
          "SA",
          "SB",
          "SC",
          "SD",
          "SE",
          "SF",
          "SG",
          "SH",
          "SI",
          "SJ",
          "SK",
          "SL",
          "SM",
          "SN",
          "SO",
          "SR",
          "SS",
          "ST",
          "SU",
          "SV",
          "SX",
          "SY",
          "SZ",
          "TA",
          "TC",
          "TD",
          "TF",
          "TG",
          "TH",
          "TJ",
          "TK",
          "TL",
          "TM",
          "TN",
          "TO",
          "TP",
          "TR",
          "TT",
          "TV",
          "TW",
          "TZ",
          "UA",
          "UG",
          "UK",
          "UM",
          "US",
          "UY",
          "UZ",
          "VA",
          "VC",
          "VE",
          "VG",
          "VI",
          "VN",
          "VU",
          "WF",
          "WS",
          "XI",
          "XU",
          "XK",
          "YE",
          "YT",
          "YU",
          "ZA",
          "ZM",
          "ZR",
          "ZW"
        ]
      },
      "VendorCreateRequest": {
        "type": "object",
        "description": "Pleo's \`VendorCreateRequest\`.",
        "required": [
          "companyId",
          "defaultCurrency",
          "name"
        ],
        "properties": {
          "code": {
            "type": "string"
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "country": {
            "$ref": "#/components/schemas/CountryCode"
          },
          "defaultCurrency": {
            "type": "string",
            "pattern": "^[A-Z]{3}$"
          },
          "externalId": {
            "type": "string",
            "minLength": 1
          },
          "name": {
            "type": "string",
            "minLength": 1
          },
          "registrationNumber": {
            "type": "string"
          },
          "taxRegistrationNumber": {
            "type": "string"
          }
        }
      },
      "VendorUpdateRequest": {
        "type": "object",
        "description": "Pleo's \`VendorUpdateRequest\` (a full replacement).",
        "required": [
          "companyId",
          "defaultCurrency",
          "externalId",
          "name",
          "state"
        ],
        "properties": {
          "code": {
            "type": "string"
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "country": {
            "$ref": "#/components/schemas/CountryCode"
          },
          "defaultCurrency": {
            "type": "string",
            "pattern": "^[A-Z]{3}$"
          },
          "externalId": {
            "type": "string",
            "minLength": 1
          },
          "name": {
            "type": "string",
            "minLength": 1
          },
          "registrationNumber": {
            "type": "string"
          },
          "state": {
            "$ref": "#/components/schemas/VendorState"
          },
          "taxRegistrationNumber": {
            "type": "string"
          }
        }
      },
      "VendorActivateRequest": {
        "type": "object",
        "description": "Pleo's \`ActivateVendorEventRequest\`.",
        "required": [
          "externalId"
        ],
        "properties": {
          "code": {
            "type": "string"
          },
          "externalId": {
            "type": "string",
            "minLength": 1
          }
        }
      },
      "VendorSearchRequest": {
        "type": "object",
        "description": "Pleo's \`VendorSearchRequestV1\`.",
        "properties": {
          "accountingSystems": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string"
            }
          },
          "codes": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string"
            }
          },
          "countries": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/CountryCode"
            }
          },
          "externalIds": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string"
            }
          },
          "ids": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string",
              "format": "uuid"
            }
          },
          "name": {
            "type": "string"
          },
          "states": {
            "type": "array",
            "maxItems": 4,
            "items": {
              "$ref": "#/components/schemas/VendorState"
            }
          },
          "taxRegistrationNumbers": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string"
            }
          }
        }
      },
      "VendorData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/Vendor"
          }
        }
      },
      "VendorPage": {
        "type": "object",
        "required": [
          "data",
          "pagination"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Vendor"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/CursorPageInfo"
          }
        }
      },
      "CsvFormat": {
        "type": "object",
        "required": [
          "delimiter",
          "ignoreEmptyLines",
          "recordSeparator",
          "skipHeaderRecord"
        ],
        "properties": {
          "delimiter": {
            "type": "string"
          },
          "escapeCharacter": {
            "type": "string"
          },
          "ignoreEmptyLines": {
            "type": "boolean"
          },
          "quoteCharacter": {
            "type": "string"
          },
          "recordSeparator": {
            "type": "string"
          },
          "skipHeaderRecord": {
            "type": "boolean"
          }
        }
      },
      "CsvImportJobCreateRequest": {
        "type": "object",
        "description": "Pleo's \`CreateCsvImportJobRequestV1\`.",
        "required": [
          "companyId",
          "originalFilename",
          "type"
        ],
        "properties": {
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "csvFormat": {
            "$ref": "#/components/schemas/CsvFormat"
          },
          "metadata": {
            "type": "object",
            "additionalProperties": {
              "type": "object"
            }
          },
          "originalFilename": {
            "type": "string",
            "minLength": 1
          },
          "type": {
            "type": "string",
            "minLength": 1
          }
        }
      },
      "CsvImportJobMetadataRequest": {
        "type": "object",
        "description": "Pleo's \`UpdateMetadataRequestV1\`.",
        "required": [
          "metadata",
          "strategy"
        ],
        "properties": {
          "metadata": {
            "type": "object",
            "additionalProperties": {
              "type": "object"
            }
          },
          "strategy": {
            "type": "string",
            "enum": [
              "REPLACE",
              "MERGE"
            ]
          }
        }
      },
      "CsvImportJobStatusRequest": {
        "type": "object",
        "description": "Pleo's \`UpdateStatusRequestV1\`.",
        "required": [
          "status"
        ],
        "properties": {
          "errorMessage": {
            "type": "string"
          },
          "errorType": {
            "type": "string",
            "enum": [
              "INVALID_FILE_FORMAT",
              "FILE_TOO_LARGE",
              "FILE_TOO_SMALL",
              "FILE_TYPE_NOT_SUPPORTED",
              "FILE_EXTENSION_NOT_SUPPORTED",
              "IMPORT_JOB_NOT_FOUND",
              "INVALID_STATUS_TRANSITION",
              "PROCESSING_FAILED"
            ]
          },
          "status": {
            "$ref": "#/components/schemas/CsvImportJobStatus"
          }
        }
      },
      "CsvImportJobStatus": {
        "type": "string",
        "enum": [
          "UPLOAD_INITIATED",
          "UPLOADED",
          "READY_FOR_IMPORT",
          "QUEUED",
          "PROCESSING",
          "COMPLETED",
          "FAILED"
        ]
      },
      "CsvImportJobSearchRequest": {
        "type": "object",
        "description": "Pleo's \`SearchCsvImportJobsRequestV1\`.",
        "properties": {
          "ids": {
            "type": "array",
            "maxItems": 100,
            "uniqueItems": true,
            "items": {
              "type": "string",
              "format": "uuid"
            }
          },
          "statuses": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CsvImportJobStatus"
            }
          },
          "types": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "HttpMethod": {
        "type": "string",
        "enum": [
          "GET",
          "POST",
          "PUT",
          "DELETE",
          "PATCH"
        ]
      },
      "ScenarioSummary": {
        "type": "object",
        "required": [
          "id",
          "title",
          "teaches",
          "why",
          "fix",
          "forceable",
          "expected"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "teaches": {
            "type": "string"
          },
          "why": {
            "type": "string"
          },
          "fix": {
            "type": "string"
          },
          "forceable": {
            "type": "boolean",
            "description": "Whether \`X-Sandbox-Scenario\` (or arming it) can force it; the others come from the sandbox's state."
          },
          "expected": {
            "type": "object",
            "description": "What the scenario answers. \`type\` is Pleo's error type; the authorization server's scenarios give RFC 6749's \`error\` instead (absent where the answer is a redirect or a page).",
            "required": [
              "status",
              "reason"
            ],
            "properties": {
              "status": {
                "type": "integer"
              },
              "type": {
                "type": "string"
              },
              "error": {
                "type": "string"
              },
              "reason": {
                "$ref": "#/components/schemas/SandboxReason"
              }
            }
          }
        }
      },
      "ScenarioCatalogue": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ScenarioSummary"
            }
          }
        }
      },
      "ArmScenarioRequest": {
        "type": "object",
        "required": [
          "scenario"
        ],
        "additionalProperties": false,
        "properties": {
          "scenario": {
            "type": "string",
            "description": "A forceable scenario id (GET /sandbox/scenarios)."
          },
          "keyId": {
            "type": "string",
            "format": "uuid",
            "description": "Only requests with this key (for Bearer calls, this OAuth grant)."
          },
          "companyId": {
            "type": "string",
            "format": "uuid",
            "description": "Only requests about this company."
          },
          "times": {
            "type": "integer",
            "minimum": 1,
            "description": "How many requests; default until disarmed."
          }
        }
      },
      "ArmedScenario": {
        "type": "object",
        "required": [
          "id",
          "scenario",
          "used",
          "armedAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "scenario": {
            "type": "string"
          },
          "keyId": {
            "type": "string",
            "format": "uuid"
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "times": {
            "type": "integer",
            "minimum": 1
          },
          "used": {
            "type": "integer",
            "minimum": 0,
            "description": "How many requests it has applied to."
          },
          "armedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ArmedScenarioData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/ArmedScenario"
          }
        }
      },
      "ArmedScenarioList": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ArmedScenario"
            }
          }
        }
      },
      "ArmFaultRequest": {
        "type": "object",
        "required": [
          "fault"
        ],
        "additionalProperties": false,
        "properties": {
          "fault": {
            "type": "string",
            "description": "As in \`X-Sandbox-Fault\`, e.g. \`status=503\`, \`latency=800ms\`, \`reset\`, \`timeout\`, or \`latency=800ms,status=503\`."
          },
          "method": {
            "$ref": "#/components/schemas/HttpMethod"
          },
          "path": {
            "type": "string",
            "description": "A path (\`*\` matches anything) or a path template."
          },
          "keyId": {
            "type": "string",
            "format": "uuid"
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "probability": {
            "type": "number",
            "exclusiveMinimum": 0,
            "maximum": 1,
            "description": "Default 1."
          },
          "times": {
            "type": "integer",
            "minimum": 1,
            "description": "How many requests; default until disarmed."
          },
          "seed": {
            "type": "integer",
            "minimum": 0,
            "maximum": 4294967295,
            "description": "Seeds the probability draws; default 1."
          }
        }
      },
      "ArmedFault": {
        "type": "object",
        "required": [
          "id",
          "fault",
          "probability",
          "seed",
          "used",
          "armedAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "fault": {
            "type": "string"
          },
          "method": {
            "$ref": "#/components/schemas/HttpMethod"
          },
          "path": {
            "type": "string"
          },
          "keyId": {
            "type": "string",
            "format": "uuid"
          },
          "companyId": {
            "type": "string",
            "format": "uuid"
          },
          "probability": {
            "type": "number"
          },
          "times": {
            "type": "integer",
            "minimum": 1
          },
          "seed": {
            "type": "integer"
          },
          "used": {
            "type": "integer",
            "minimum": 0,
            "description": "How many requests it has applied to."
          },
          "armedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ArmedFaultData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/ArmedFault"
          }
        }
      },
      "ArmedFaultList": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ArmedFault"
            }
          }
        }
      },
      "RateLimit": {
        "type": "object",
        "required": [
          "enabled",
          "requestsPerMinute",
          "windowSeconds"
        ],
        "properties": {
          "enabled": {
            "type": "boolean"
          },
          "requestsPerMinute": {
            "type": "integer",
            "minimum": 1,
            "description": "Per key; Pleo allows 600."
          },
          "windowSeconds": {
            "type": "integer",
            "description": "The sliding window, on the sandbox clock."
          }
        }
      },
      "RateLimitData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/RateLimit"
          }
        }
      },
      "SetRateLimitRequest": {
        "type": "object",
        "minProperties": 1,
        "additionalProperties": false,
        "properties": {
          "enabled": {
            "type": "boolean"
          },
          "requestsPerMinute": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100000
          }
        }
      },
      "JournalKind": {
        "type": "string",
        "description": "A request the sandbox answered, or a webhook delivery attempt it made.",
        "enum": [
          "request",
          "webhook"
        ]
      },
      "JournalEntry": {
        "type": "object",
        "required": [
          "at",
          "kind",
          "method",
          "path",
          "status",
          "durationMs"
        ],
        "properties": {
          "at": {
            "type": "string",
            "format": "date-time",
            "description": "By the sandbox clock."
          },
          "kind": {
            "$ref": "#/components/schemas/JournalKind"
          },
          "method": {
            "type": "string"
          },
          "path": {
            "type": "string",
            "description": "The request's path, or the webhook's endpoint URL (credentials cut)."
          },
          "query": {
            "type": "string",
            "description": "The query string, credentials replaced by REDACTED."
          },
          "status": {
            "type": "integer",
            "description": "0 when no answer came (a dropped connection, no answer, a network failure)."
          },
          "reason": {
            "type": "string"
          },
          "keyId": {
            "type": "string",
            "format": "uuid",
            "description": "The key the request used; for a Bearer call, its access token's OAuth grant."
          },
          "scenario": {
            "type": "string"
          },
          "fault": {
            "type": "string"
          },
          "durationMs": {
            "type": "number",
            "description": "Time to answer, injected latency included."
          },
          "eventId": {
            "type": "string",
            "format": "uuid"
          },
          "eventType": {
            "$ref": "#/components/schemas/WebhookEventType"
          },
          "webhookId": {
            "type": "string"
          },
          "subscriptionId": {
            "type": "string",
            "format": "uuid"
          },
          "attempt": {
            "type": "integer",
            "minimum": 1
          },
          "chaos": {
            "$ref": "#/components/schemas/WebhookChaosMode"
          }
        }
      },
      "JournalPage": {
        "type": "object",
        "required": [
          "data",
          "pagination"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/JournalEntry"
            }
          },
          "pagination": {
            "$ref": "#/components/schemas/CursorPageInfo"
          }
        }
      },
      "WebhookChaosMode": {
        "type": "string",
        "enum": [
          "duplicate",
          "out-of-order",
          "late",
          "fail-first"
        ]
      },
      "WebhookChaos": {
        "type": "object",
        "required": [
          "mode"
        ],
        "additionalProperties": false,
        "properties": {
          "mode": {
            "$ref": "#/components/schemas/WebhookChaosMode"
          },
          "delaySeconds": {
            "type": "integer",
            "minimum": 1,
            "maximum": 86400,
            "description": "late, out-of-order: how long to hold it (sandbox time); default 60."
          },
          "attempts": {
            "type": "integer",
            "minimum": 1,
            "maximum": 10,
            "description": "fail-first: how many attempts fail; default 1."
          }
        }
      },
      "ArmWebhookChaosRequest": {
        "type": "object",
        "required": [
          "mode"
        ],
        "additionalProperties": false,
        "properties": {
          "mode": {
            "$ref": "#/components/schemas/WebhookChaosMode"
          },
          "delaySeconds": {
            "type": "integer",
            "minimum": 1,
            "maximum": 86400
          },
          "attempts": {
            "type": "integer",
            "minimum": 1,
            "maximum": 10
          },
          "subscriptionId": {
            "type": "string",
            "format": "uuid"
          },
          "eventType": {
            "$ref": "#/components/schemas/WebhookEventType"
          },
          "times": {
            "type": "integer",
            "minimum": 1,
            "description": "How many events; default until disarmed."
          }
        }
      },
      "WebhookChaosRule": {
        "type": "object",
        "required": [
          "id",
          "mode",
          "used",
          "armedAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "mode": {
            "$ref": "#/components/schemas/WebhookChaosMode"
          },
          "delaySeconds": {
            "type": "integer"
          },
          "attempts": {
            "type": "integer"
          },
          "subscriptionId": {
            "type": "string",
            "format": "uuid"
          },
          "eventType": {
            "$ref": "#/components/schemas/WebhookEventType"
          },
          "times": {
            "type": "integer",
            "minimum": 1
          },
          "used": {
            "type": "integer",
            "minimum": 0,
            "description": "How many deliveries it has applied to."
          },
          "armedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "WebhookChaosRuleData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/WebhookChaosRule"
          }
        }
      },
      "WebhookChaosRuleList": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WebhookChaosRule"
            }
          }
        }
      },
      "WebhookResendRequest": {
        "type": "object",
        "required": [
          "eventId"
        ],
        "additionalProperties": false,
        "properties": {
          "eventId": {
            "type": "string",
            "format": "uuid"
          },
          "subscriptionId": {
            "type": "string",
            "format": "uuid"
          },
          "chaos": {
            "$ref": "#/components/schemas/WebhookChaos"
          }
        }
      },
      "WebhookResendResult": {
        "type": "object",
        "required": [
          "eventId",
          "eventType",
          "deliveries"
        ],
        "properties": {
          "eventId": {
            "type": "string",
            "format": "uuid"
          },
          "eventType": {
            "$ref": "#/components/schemas/WebhookEventType"
          },
          "deliveries": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WebhookDelivery"
            }
          }
        }
      },
      "WebhookResendData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/WebhookResendResult"
          }
        }
      },
      "WorkspaceName": {
        "type": "string",
        "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"
      },
      "Workspace": {
        "type": "object",
        "required": [
          "name",
          "createdAt",
          "lastUsedAt"
        ],
        "properties": {
          "name": {
            "$ref": "#/components/schemas/WorkspaceName"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "Real time."
          },
          "lastUsedAt": {
            "type": "string",
            "format": "date-time",
            "description": "Real time."
          }
        }
      },
      "WorkspaceList": {
        "type": "object",
        "required": [
          "workspaces",
          "maxWorkspaces",
          "idleSeconds"
        ],
        "properties": {
          "workspaces": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Workspace"
            }
          },
          "maxWorkspaces": {
            "type": "integer",
            "description": "At most this many live at once."
          },
          "idleSeconds": {
            "type": "integer",
            "description": "A workspace unused this long (real time) is dropped."
          }
        }
      },
      "WorkspaceListData": {
        "type": "object",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/WorkspaceList"
          }
        }
      }
    }
  }
}
`;
