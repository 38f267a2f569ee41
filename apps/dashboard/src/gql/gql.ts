/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  query ApiKeys($first: Int, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          lastUsedAt\n          revokedAt\n        }\n      }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  query ApiScopes {\n    apiScopes\n  }\n": typeof types.ApiScopesDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment ViewerFields on Viewer {\n    role\n    permissions\n    user {\n      id\n      email\n      fullName\n      locale\n    }\n    workspace {\n      id\n      name\n      slug\n      timezone\n      defaultLocale\n      displayCurrency\n      createdAt\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.RefreshTokenDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  subscription IncomingCall {\n    incomingCall {\n      callId\n      phone\n      direction\n      extension\n      isNewCaller\n      openTasks\n      contact {\n        id\n        fullName\n        stage\n        primaryPhone\n        owner {\n          id\n          fullName\n        }\n      }\n      lastInteractions {\n        id\n        kind\n        direction\n        occurredAt\n        summary\n        body\n        data\n      }\n    }\n  }\n": typeof types.IncomingCallDocument,
    "\n  mutation SetStaffExtension($staffMemberId: ID!, $extension: String) {\n    setStaffExtension(staffMemberId: $staffMemberId, extension: $extension) {\n      id\n    }\n  }\n": typeof types.SetStaffExtensionDocument,
    "\n  mutation AddImportantDate($input: ImportantDateInput!) {\n    addImportantDate(input: $input) {\n      ...ImportantDateFields\n    }\n  }\n": typeof types.AddImportantDateDocument,
    "\n  mutation AddRelatedPerson($contactId: ID!, $input: RelatedPersonInput!) {\n    addRelatedPerson(contactId: $contactId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddRelatedPersonDocument,
    "\n  mutation BulkAssignContacts($ids: [ID!]!, $ownerId: ID!) {\n    bulkAssignContacts(ids: $ids, ownerId: $ownerId)\n  }\n": typeof types.BulkAssignContactsDocument,
    "\n  mutation BulkTagContacts($ids: [ID!]!, $tags: [String!]!) {\n    bulkTagContacts(ids: $ids, tags: $tags)\n  }\n": typeof types.BulkTagContactsDocument,
    "\n  mutation ChangeContactStage($contactId: ID!, $stage: LifecycleStage!, $reason: String!) {\n    changeContactStage(contactId: $contactId, stage: $stage, reason: $reason) {\n      id\n      stage\n    }\n  }\n": typeof types.ChangeContactStageDocument,
    "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      ...ContactDetailFields\n    }\n  }\n": typeof types.CreateContactDocument,
    "\n  mutation CreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      city\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation DefineCustomField($input: CustomFieldInput!) {\n    defineCustomField(input: $input) {\n      id\n      key\n      label\n      type\n      options\n      required\n      position\n    }\n  }\n": typeof types.DefineCustomFieldDocument,
    "\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id)\n  }\n": typeof types.DeleteContactDocument,
    "\n  mutation DeleteCustomField($id: ID!) {\n    deleteCustomField(id: $id)\n  }\n": typeof types.DeleteCustomFieldDocument,
    "\n  query ExportContacts($filter: ContactFilter, $search: String, $format: ExportFormat!) {\n    exportContacts(filter: $filter, search: $search, format: $format) {\n      fileName\n      contentType\n      contentBase64\n      rowCount\n    }\n  }\n": typeof types.ExportContactsDocument,
    "\n  fragment TimelineItemFields on TimelineItem {\n    id\n    kind\n    direction\n    occurredAt\n    summary\n    body\n    data\n    actor {\n      id\n      fullName\n    }\n  }\n": typeof types.TimelineItemFieldsFragmentDoc,
    "\n  query ContactTimeline($id: ID!, $first: Int, $after: String, $kinds: [TimelineKind!], $from: DateTime, $to: DateTime) {\n    contact(id: $id) {\n      id\n      timeline(first: $first, after: $after, kinds: $kinds, from: $from, to: $to) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TimelineItemFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.ContactTimelineDocument,
    "\n  fragment ImportantDateFields on ImportantDate {\n    id\n    kind\n    title\n    date {\n      calendar\n      year\n      month\n      day\n    }\n    recurrence\n    reminderDaysBefore\n    channel\n    messageTemplate\n    nextOccurrence\n    nextOccurrenceJalali\n    daysUntil\n  }\n": typeof types.ImportantDateFieldsFragmentDoc,
    "\n  fragment ContactDetailFields on Contact {\n    id\n    firstName\n    lastName\n    fullName\n    gender\n    birthDate {\n      calendar\n      year\n      month\n      day\n    }\n    email\n    phones {\n      id\n      e164\n      kind\n      label\n      isPrimary\n      national\n    }\n    primaryPhone\n    province\n    city\n    address\n    source\n    tags\n    owner {\n      id\n      fullName\n    }\n    notes\n    stage\n    consents {\n      channel\n      status\n      changedAt\n      source\n    }\n    customFields\n    organizations {\n      title\n      organization {\n        id\n        name\n        city\n      }\n    }\n    relatedPeople {\n      id\n      relation\n      name\n      preferences\n      notes\n      birthDate {\n        calendar\n        year\n        month\n        day\n      }\n      relatedContact {\n        id\n        fullName\n      }\n    }\n    importantDates {\n      ...ImportantDateFields\n    }\n    stageHistory {\n      id\n      from\n      to\n      reason\n      automatic\n      changedBy {\n        id\n        fullName\n      }\n      changedAt\n    }\n    possibleDuplicates {\n      id\n      fullName\n      primaryPhone\n      email\n      stage\n      createdAt\n    }\n    createdAt\n    updatedAt\n  }\n": typeof types.ContactDetailFieldsFragmentDoc,
    "\n  query Contact($id: ID!) {\n    contact(id: $id) {\n      ...ContactDetailFields\n    }\n  }\n": typeof types.ContactDocument,
    "\n  fragment ContactListFields on Contact {\n    id\n    firstName\n    lastName\n    fullName\n    primaryPhone\n    stage\n    tags\n    source\n    city\n    owner {\n      id\n      fullName\n    }\n    createdAt\n  }\n": typeof types.ContactListFieldsFragmentDoc,
    "\n  query Contacts($first: Int, $after: String, $filter: ContactFilter, $search: String) {\n    contacts(first: $first, after: $after, filter: $filter, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ContactListFields\n        }\n      }\n    }\n  }\n": typeof types.ContactsDocument,
    "\n  query CustomFieldDefinitions {\n    customFieldDefinitions {\n      id\n      key\n      label\n      type\n      options\n      required\n      position\n    }\n  }\n": typeof types.CustomFieldDefinitionsDocument,
    "\n  query LifecycleSettings {\n    lifecycleSettings {\n      clientMinOrders\n      clientWindowMonths\n      advocateMinReferrals\n      inactiveAfterDays\n      lostAfterDays\n    }\n  }\n": typeof types.LifecycleSettingsDocument,
    "\n  query Organizations($first: Int, $after: String, $search: String) {\n    organizations(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          city\n          memberCount\n        }\n      }\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  mutation ImportContacts($input: ImportContactsInput!) {\n    importContacts(input: $input) {\n      totalRows\n      created\n      updated\n      unchanged\n      failed\n      errors {\n        row\n        field\n        code\n        value\n        reason\n        message\n      }\n    }\n  }\n": typeof types.ImportContactsDocument,
    "\n  query ImportPreview($input: ImportContactsInput!) {\n    importPreview(input: $input)\n  }\n": typeof types.ImportPreviewDocument,
    "\n  mutation LinkContactToOrganization($contactId: ID!, $organizationId: ID!, $title: String) {\n    linkContactToOrganization(contactId: $contactId, organizationId: $organizationId, title: $title) {\n      id\n    }\n  }\n": typeof types.LinkContactToOrganizationDocument,
    "\n  mutation LogInteraction($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      ...TimelineItemFields\n    }\n  }\n": typeof types.LogInteractionDocument,
    "\n  mutation MergeContacts($primaryId: ID!, $duplicateId: ID!) {\n    mergeContacts(primaryId: $primaryId, duplicateId: $duplicateId) {\n      ...ContactDetailFields\n    }\n  }\n": typeof types.MergeContactsDocument,
    "\n  mutation RemoveImportantDate($id: ID!) {\n    removeImportantDate(id: $id)\n  }\n": typeof types.RemoveImportantDateDocument,
    "\n  mutation RemoveRelatedPerson($id: ID!) {\n    removeRelatedPerson(id: $id)\n  }\n": typeof types.RemoveRelatedPersonDocument,
    "\n  mutation SetContactConsent($contactId: ID!, $channel: ConsentChannel!, $status: ConsentStatus!, $source: String!) {\n    setContactConsent(contactId: $contactId, channel: $channel, status: $status, source: $source) {\n      id\n      consents {\n        channel\n        status\n        changedAt\n        source\n      }\n    }\n  }\n": typeof types.SetContactConsentDocument,
    "\n  mutation UnlinkContactFromOrganization($contactId: ID!, $organizationId: ID!) {\n    unlinkContactFromOrganization(contactId: $contactId, organizationId: $organizationId) {\n      id\n    }\n  }\n": typeof types.UnlinkContactFromOrganizationDocument,
    "\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactDetailFields\n    }\n  }\n": typeof types.UpdateContactDocument,
    "\n  mutation UpdateLifecycleSettings($input: LifecycleSettingsInput!) {\n    updateLifecycleSettings(input: $input) {\n      clientMinOrders\n      clientWindowMonths\n      advocateMinReferrals\n      inactiveAfterDays\n      lostAfterDays\n    }\n  }\n": typeof types.UpdateLifecycleSettingsDocument,
    "\n  mutation AddSuppression($input: AddSuppressionInput!) {\n    addSuppression(input: $input) {\n      id\n      channel\n      address\n      reason\n    }\n  }\n": typeof types.AddSuppressionDocument,
    "\n  mutation CreateMessageTemplate($input: CreateMessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      ...MessageTemplateFields\n    }\n  }\n": typeof types.CreateMessageTemplateDocument,
    "\n  mutation DeleteMessageTemplate($id: ID!) {\n    deleteMessageTemplate(id: $id)\n  }\n": typeof types.DeleteMessageTemplateDocument,
    "\n  fragment BulkSendFields on BulkSend {\n    id\n    status\n    channel\n    purpose\n    templateKey\n    queued\n    skipped\n    error\n    createdAt\n    finishedAt\n  }\n": typeof types.BulkSendFieldsFragmentDoc,
    "\n  query BulkSend($id: ID!) {\n    bulkSend(id: $id) {\n      ...BulkSendFields\n    }\n  }\n": typeof types.BulkSendDocument,
    "\n  query ContactName($id: ID!) {\n    contact(id: $id) {\n      id\n      fullName\n    }\n  }\n": typeof types.ContactNameDocument,
    "\n  query MessageTemplate($id: ID!) {\n    messageTemplate(id: $id) {\n      ...MessageTemplateFields\n    }\n  }\n": typeof types.MessageTemplateDocument,
    "\n  fragment MessageTemplateFields on MessageTemplate {\n    id\n    key\n    name\n    channel\n    language\n    purpose\n    subject\n    body\n    variables\n    createdAt\n    updatedAt\n  }\n": typeof types.MessageTemplateFieldsFragmentDoc,
    "\n  query MessageTemplates($first: Int, $after: String, $filter: MessageTemplateFilter) {\n    messageTemplates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MessageTemplateFields\n        }\n      }\n    }\n  }\n": typeof types.MessageTemplatesDocument,
    "\n  query Message($id: ID!) {\n    message(id: $id) {\n      ...MessageListFields\n      bodyHtml\n      providerMessageId\n      lastError\n      idempotencyKey\n      sentAt\n      deliveredAt\n      smsPartCount {\n        encoding\n        units\n        parts\n        remaining\n      }\n      events {\n        id\n        status\n        detail\n        occurredAt\n      }\n    }\n  }\n": typeof types.MessageDocument,
    "\n  fragment MessageListFields on Message {\n    id\n    contactId\n    memberId\n    channel\n    direction\n    purpose\n    recipient\n    subject\n    bodyText\n    templateKey\n    status\n    statusReason\n    attempts\n    createdAt\n  }\n": typeof types.MessageListFieldsFragmentDoc,
    "\n  query Messages($first: Int, $after: String, $filter: MessageFilter) {\n    messages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MessageListFields\n        }\n      }\n    }\n  }\n": typeof types.MessagesDocument,
    "\n  fragment MessagingSettingsFields on MessagingSettings {\n    emailFromName\n    emailFromAddress\n    emailReplyTo\n    emailFrom\n    dkimDomain\n    dkimSelector\n    dkimKeySet\n    smsProvider\n    smsSender\n    kavenegarUrl\n    smsGateway {\n      url\n      method\n      contentType\n      headers\n      body\n      numberFormat\n      idPath\n      successPath\n      successValue\n    }\n    smsCredentialsSet\n    smsCredentialFields\n    emailPerSecond\n    smsPerSecond\n    quietHoursStart\n    quietHoursEnd\n    updatedAt\n  }\n": typeof types.MessagingSettingsFieldsFragmentDoc,
    "\n  query MessagingSettings {\n    messagingSettings {\n      ...MessagingSettingsFields\n    }\n  }\n": typeof types.MessagingSettingsDocument,
    "\n  query Suppressions($first: Int, $after: String, $filter: SuppressionFilter) {\n    suppressions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          channel\n          address\n          reason\n          detail\n          messageId\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.SuppressionsDocument,
    "\n  query TemplateVariables {\n    templateVariables {\n      name\n      kind\n      source\n      descriptionFa\n      descriptionEn\n    }\n  }\n": typeof types.TemplateVariablesDocument,
    "\n  query PreviewMessageTemplate($input: PreviewMessageTemplateInput!) {\n    previewMessageTemplate(input: $input) {\n      templateId\n      language\n      subject\n      bodyText\n      bodyHtml\n      smsParts {\n        encoding\n        units\n        parts\n        remaining\n      }\n      sampleParams\n    }\n  }\n": typeof types.PreviewMessageTemplateDocument,
    "\n  mutation RemoveSuppression($id: ID!) {\n    removeSuppression(id: $id)\n  }\n": typeof types.RemoveSuppressionDocument,
    "\n  mutation SendBulkMessage($input: SendBulkMessageInput!) {\n    sendBulkMessage(input: $input) {\n      ...BulkSendFields\n    }\n  }\n": typeof types.SendBulkMessageDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessageListFields\n    }\n  }\n": typeof types.SendMessageDocument,
    "\n  mutation SendTestMessage($channel: MessagingChannel!, $to: String!) {\n    sendTestMessage(channel: $channel, to: $to) {\n      ok\n      providerMessageId\n      error\n    }\n  }\n": typeof types.SendTestMessageDocument,
    "\n  mutation UpdateMessageTemplate($id: ID!, $input: UpdateMessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) {\n      ...MessageTemplateFields\n    }\n  }\n": typeof types.UpdateMessageTemplateDocument,
    "\n  mutation UpdateMessagingSettings($input: UpdateMessagingSettingsInput!) {\n    updateMessagingSettings(input: $input) {\n      ...MessagingSettingsFields\n    }\n  }\n": typeof types.UpdateMessagingSettingsDocument,
    "\n  fragment StaffAlertPreferenceFields on StaffAlertPreference {\n    event\n    description\n    channels\n    defaultChannels\n    customised\n  }\n": typeof types.StaffAlertPreferenceFieldsFragmentDoc,
    "\n  query MyAlertPreferences {\n    myAlertPreferences {\n      ...StaffAlertPreferenceFields\n    }\n  }\n": typeof types.MyAlertPreferencesDocument,
    "\n  fragment MyProfileFields on User {\n    id\n    email\n    fullName\n    locale\n    phone\n  }\n": typeof types.MyProfileFieldsFragmentDoc,
    "\n  query MyProfile {\n    viewer {\n      user {\n        ...MyProfileFields\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation SetMyAlertPreference($event: String!, $channels: [MessagingChannel!]!) {\n    setMyAlertPreference(event: $event, channels: $channels) {\n      ...StaffAlertPreferenceFields\n    }\n  }\n": typeof types.SetMyAlertPreferenceDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation ChangeStaffRole($input: ChangeStaffRoleInput!) {\n    changeStaffRole(input: $input) {\n      id\n      role\n      status\n    }\n  }\n": typeof types.ChangeStaffRoleDocument,
    "\n  mutation DisableStaffMember($id: ID!) {\n    disableStaffMember(id: $id) {\n      id\n      role\n      status\n    }\n  }\n": typeof types.DisableStaffMemberDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n    }\n  }\n": typeof types.InvitationsDocument,
    "\n  query StaffMembers($first: Int, $after: String) {\n    staffMembers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          fullName\n          role\n          status\n          createdAt\n          lastLoginAt\n          extension\n        }\n      }\n    }\n  }\n": typeof types.StaffMembersDocument,
    "\n  mutation InviteStaff($input: InviteStaffInput!, $idempotencyKey: String) {\n    inviteStaff(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n    }\n  }\n": typeof types.InviteStaffDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation CancelTask($id: ID!) {\n    cancelTask(id: $id) {\n      ...TaskFields\n    }\n  }\n": typeof types.CancelTaskDocument,
    "\n  mutation CompleteTask($id: ID!, $outcome: String) {\n    completeTask(id: $id, outcome: $outcome) {\n      ...TaskFields\n    }\n  }\n": typeof types.CompleteTaskDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...TaskFields\n    }\n  }\n": typeof types.CreateTaskDocument,
    "\n  query ContactTasks($id: ID!, $status: TaskStatus) {\n    contact(id: $id) {\n      id\n      tasks(status: $status) {\n        ...TaskFields\n      }\n    }\n  }\n": typeof types.ContactTasksDocument,
    "\n  fragment TaskFields on Task {\n    id\n    kind\n    title\n    notes\n    dueAt\n    status\n    outcome\n    completedAt\n    createdAt\n    assignee {\n      id\n      fullName\n    }\n    contact {\n      id\n      fullName\n      primaryPhone\n    }\n  }\n": typeof types.TaskFieldsFragmentDoc,
    "\n  query MyTasks($scope: TaskScope) {\n    myTasks(scope: $scope) {\n      ...TaskFields\n    }\n  }\n": typeof types.MyTasksDocument,
    "\n  mutation UpdateWorkspace($input: UpdateWorkspaceInput!) {\n    updateWorkspace(input: $input) {\n      id\n      name\n      slug\n      timezone\n      defaultLocale\n      displayCurrency\n      createdAt\n    }\n  }\n": typeof types.UpdateWorkspaceDocument,
};
const documents: Documents = {
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  query ApiKeys($first: Int, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          lastUsedAt\n          revokedAt\n        }\n      }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  query ApiScopes {\n    apiScopes\n  }\n": types.ApiScopesDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment ViewerFields on Viewer {\n    role\n    permissions\n    user {\n      id\n      email\n      fullName\n      locale\n    }\n    workspace {\n      id\n      name\n      slug\n      timezone\n      defaultLocale\n      displayCurrency\n      createdAt\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.RefreshTokenDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  subscription IncomingCall {\n    incomingCall {\n      callId\n      phone\n      direction\n      extension\n      isNewCaller\n      openTasks\n      contact {\n        id\n        fullName\n        stage\n        primaryPhone\n        owner {\n          id\n          fullName\n        }\n      }\n      lastInteractions {\n        id\n        kind\n        direction\n        occurredAt\n        summary\n        body\n        data\n      }\n    }\n  }\n": types.IncomingCallDocument,
    "\n  mutation SetStaffExtension($staffMemberId: ID!, $extension: String) {\n    setStaffExtension(staffMemberId: $staffMemberId, extension: $extension) {\n      id\n    }\n  }\n": types.SetStaffExtensionDocument,
    "\n  mutation AddImportantDate($input: ImportantDateInput!) {\n    addImportantDate(input: $input) {\n      ...ImportantDateFields\n    }\n  }\n": types.AddImportantDateDocument,
    "\n  mutation AddRelatedPerson($contactId: ID!, $input: RelatedPersonInput!) {\n    addRelatedPerson(contactId: $contactId, input: $input) {\n      id\n    }\n  }\n": types.AddRelatedPersonDocument,
    "\n  mutation BulkAssignContacts($ids: [ID!]!, $ownerId: ID!) {\n    bulkAssignContacts(ids: $ids, ownerId: $ownerId)\n  }\n": types.BulkAssignContactsDocument,
    "\n  mutation BulkTagContacts($ids: [ID!]!, $tags: [String!]!) {\n    bulkTagContacts(ids: $ids, tags: $tags)\n  }\n": types.BulkTagContactsDocument,
    "\n  mutation ChangeContactStage($contactId: ID!, $stage: LifecycleStage!, $reason: String!) {\n    changeContactStage(contactId: $contactId, stage: $stage, reason: $reason) {\n      id\n      stage\n    }\n  }\n": types.ChangeContactStageDocument,
    "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      ...ContactDetailFields\n    }\n  }\n": types.CreateContactDocument,
    "\n  mutation CreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      city\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation DefineCustomField($input: CustomFieldInput!) {\n    defineCustomField(input: $input) {\n      id\n      key\n      label\n      type\n      options\n      required\n      position\n    }\n  }\n": types.DefineCustomFieldDocument,
    "\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id)\n  }\n": types.DeleteContactDocument,
    "\n  mutation DeleteCustomField($id: ID!) {\n    deleteCustomField(id: $id)\n  }\n": types.DeleteCustomFieldDocument,
    "\n  query ExportContacts($filter: ContactFilter, $search: String, $format: ExportFormat!) {\n    exportContacts(filter: $filter, search: $search, format: $format) {\n      fileName\n      contentType\n      contentBase64\n      rowCount\n    }\n  }\n": types.ExportContactsDocument,
    "\n  fragment TimelineItemFields on TimelineItem {\n    id\n    kind\n    direction\n    occurredAt\n    summary\n    body\n    data\n    actor {\n      id\n      fullName\n    }\n  }\n": types.TimelineItemFieldsFragmentDoc,
    "\n  query ContactTimeline($id: ID!, $first: Int, $after: String, $kinds: [TimelineKind!], $from: DateTime, $to: DateTime) {\n    contact(id: $id) {\n      id\n      timeline(first: $first, after: $after, kinds: $kinds, from: $from, to: $to) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TimelineItemFields\n          }\n        }\n      }\n    }\n  }\n": types.ContactTimelineDocument,
    "\n  fragment ImportantDateFields on ImportantDate {\n    id\n    kind\n    title\n    date {\n      calendar\n      year\n      month\n      day\n    }\n    recurrence\n    reminderDaysBefore\n    channel\n    messageTemplate\n    nextOccurrence\n    nextOccurrenceJalali\n    daysUntil\n  }\n": types.ImportantDateFieldsFragmentDoc,
    "\n  fragment ContactDetailFields on Contact {\n    id\n    firstName\n    lastName\n    fullName\n    gender\n    birthDate {\n      calendar\n      year\n      month\n      day\n    }\n    email\n    phones {\n      id\n      e164\n      kind\n      label\n      isPrimary\n      national\n    }\n    primaryPhone\n    province\n    city\n    address\n    source\n    tags\n    owner {\n      id\n      fullName\n    }\n    notes\n    stage\n    consents {\n      channel\n      status\n      changedAt\n      source\n    }\n    customFields\n    organizations {\n      title\n      organization {\n        id\n        name\n        city\n      }\n    }\n    relatedPeople {\n      id\n      relation\n      name\n      preferences\n      notes\n      birthDate {\n        calendar\n        year\n        month\n        day\n      }\n      relatedContact {\n        id\n        fullName\n      }\n    }\n    importantDates {\n      ...ImportantDateFields\n    }\n    stageHistory {\n      id\n      from\n      to\n      reason\n      automatic\n      changedBy {\n        id\n        fullName\n      }\n      changedAt\n    }\n    possibleDuplicates {\n      id\n      fullName\n      primaryPhone\n      email\n      stage\n      createdAt\n    }\n    createdAt\n    updatedAt\n  }\n": types.ContactDetailFieldsFragmentDoc,
    "\n  query Contact($id: ID!) {\n    contact(id: $id) {\n      ...ContactDetailFields\n    }\n  }\n": types.ContactDocument,
    "\n  fragment ContactListFields on Contact {\n    id\n    firstName\n    lastName\n    fullName\n    primaryPhone\n    stage\n    tags\n    source\n    city\n    owner {\n      id\n      fullName\n    }\n    createdAt\n  }\n": types.ContactListFieldsFragmentDoc,
    "\n  query Contacts($first: Int, $after: String, $filter: ContactFilter, $search: String) {\n    contacts(first: $first, after: $after, filter: $filter, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ContactListFields\n        }\n      }\n    }\n  }\n": types.ContactsDocument,
    "\n  query CustomFieldDefinitions {\n    customFieldDefinitions {\n      id\n      key\n      label\n      type\n      options\n      required\n      position\n    }\n  }\n": types.CustomFieldDefinitionsDocument,
    "\n  query LifecycleSettings {\n    lifecycleSettings {\n      clientMinOrders\n      clientWindowMonths\n      advocateMinReferrals\n      inactiveAfterDays\n      lostAfterDays\n    }\n  }\n": types.LifecycleSettingsDocument,
    "\n  query Organizations($first: Int, $after: String, $search: String) {\n    organizations(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          city\n          memberCount\n        }\n      }\n    }\n  }\n": types.OrganizationsDocument,
    "\n  mutation ImportContacts($input: ImportContactsInput!) {\n    importContacts(input: $input) {\n      totalRows\n      created\n      updated\n      unchanged\n      failed\n      errors {\n        row\n        field\n        code\n        value\n        reason\n        message\n      }\n    }\n  }\n": types.ImportContactsDocument,
    "\n  query ImportPreview($input: ImportContactsInput!) {\n    importPreview(input: $input)\n  }\n": types.ImportPreviewDocument,
    "\n  mutation LinkContactToOrganization($contactId: ID!, $organizationId: ID!, $title: String) {\n    linkContactToOrganization(contactId: $contactId, organizationId: $organizationId, title: $title) {\n      id\n    }\n  }\n": types.LinkContactToOrganizationDocument,
    "\n  mutation LogInteraction($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      ...TimelineItemFields\n    }\n  }\n": types.LogInteractionDocument,
    "\n  mutation MergeContacts($primaryId: ID!, $duplicateId: ID!) {\n    mergeContacts(primaryId: $primaryId, duplicateId: $duplicateId) {\n      ...ContactDetailFields\n    }\n  }\n": types.MergeContactsDocument,
    "\n  mutation RemoveImportantDate($id: ID!) {\n    removeImportantDate(id: $id)\n  }\n": types.RemoveImportantDateDocument,
    "\n  mutation RemoveRelatedPerson($id: ID!) {\n    removeRelatedPerson(id: $id)\n  }\n": types.RemoveRelatedPersonDocument,
    "\n  mutation SetContactConsent($contactId: ID!, $channel: ConsentChannel!, $status: ConsentStatus!, $source: String!) {\n    setContactConsent(contactId: $contactId, channel: $channel, status: $status, source: $source) {\n      id\n      consents {\n        channel\n        status\n        changedAt\n        source\n      }\n    }\n  }\n": types.SetContactConsentDocument,
    "\n  mutation UnlinkContactFromOrganization($contactId: ID!, $organizationId: ID!) {\n    unlinkContactFromOrganization(contactId: $contactId, organizationId: $organizationId) {\n      id\n    }\n  }\n": types.UnlinkContactFromOrganizationDocument,
    "\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactDetailFields\n    }\n  }\n": types.UpdateContactDocument,
    "\n  mutation UpdateLifecycleSettings($input: LifecycleSettingsInput!) {\n    updateLifecycleSettings(input: $input) {\n      clientMinOrders\n      clientWindowMonths\n      advocateMinReferrals\n      inactiveAfterDays\n      lostAfterDays\n    }\n  }\n": types.UpdateLifecycleSettingsDocument,
    "\n  mutation AddSuppression($input: AddSuppressionInput!) {\n    addSuppression(input: $input) {\n      id\n      channel\n      address\n      reason\n    }\n  }\n": types.AddSuppressionDocument,
    "\n  mutation CreateMessageTemplate($input: CreateMessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      ...MessageTemplateFields\n    }\n  }\n": types.CreateMessageTemplateDocument,
    "\n  mutation DeleteMessageTemplate($id: ID!) {\n    deleteMessageTemplate(id: $id)\n  }\n": types.DeleteMessageTemplateDocument,
    "\n  fragment BulkSendFields on BulkSend {\n    id\n    status\n    channel\n    purpose\n    templateKey\n    queued\n    skipped\n    error\n    createdAt\n    finishedAt\n  }\n": types.BulkSendFieldsFragmentDoc,
    "\n  query BulkSend($id: ID!) {\n    bulkSend(id: $id) {\n      ...BulkSendFields\n    }\n  }\n": types.BulkSendDocument,
    "\n  query ContactName($id: ID!) {\n    contact(id: $id) {\n      id\n      fullName\n    }\n  }\n": types.ContactNameDocument,
    "\n  query MessageTemplate($id: ID!) {\n    messageTemplate(id: $id) {\n      ...MessageTemplateFields\n    }\n  }\n": types.MessageTemplateDocument,
    "\n  fragment MessageTemplateFields on MessageTemplate {\n    id\n    key\n    name\n    channel\n    language\n    purpose\n    subject\n    body\n    variables\n    createdAt\n    updatedAt\n  }\n": types.MessageTemplateFieldsFragmentDoc,
    "\n  query MessageTemplates($first: Int, $after: String, $filter: MessageTemplateFilter) {\n    messageTemplates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MessageTemplateFields\n        }\n      }\n    }\n  }\n": types.MessageTemplatesDocument,
    "\n  query Message($id: ID!) {\n    message(id: $id) {\n      ...MessageListFields\n      bodyHtml\n      providerMessageId\n      lastError\n      idempotencyKey\n      sentAt\n      deliveredAt\n      smsPartCount {\n        encoding\n        units\n        parts\n        remaining\n      }\n      events {\n        id\n        status\n        detail\n        occurredAt\n      }\n    }\n  }\n": types.MessageDocument,
    "\n  fragment MessageListFields on Message {\n    id\n    contactId\n    memberId\n    channel\n    direction\n    purpose\n    recipient\n    subject\n    bodyText\n    templateKey\n    status\n    statusReason\n    attempts\n    createdAt\n  }\n": types.MessageListFieldsFragmentDoc,
    "\n  query Messages($first: Int, $after: String, $filter: MessageFilter) {\n    messages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MessageListFields\n        }\n      }\n    }\n  }\n": types.MessagesDocument,
    "\n  fragment MessagingSettingsFields on MessagingSettings {\n    emailFromName\n    emailFromAddress\n    emailReplyTo\n    emailFrom\n    dkimDomain\n    dkimSelector\n    dkimKeySet\n    smsProvider\n    smsSender\n    kavenegarUrl\n    smsGateway {\n      url\n      method\n      contentType\n      headers\n      body\n      numberFormat\n      idPath\n      successPath\n      successValue\n    }\n    smsCredentialsSet\n    smsCredentialFields\n    emailPerSecond\n    smsPerSecond\n    quietHoursStart\n    quietHoursEnd\n    updatedAt\n  }\n": types.MessagingSettingsFieldsFragmentDoc,
    "\n  query MessagingSettings {\n    messagingSettings {\n      ...MessagingSettingsFields\n    }\n  }\n": types.MessagingSettingsDocument,
    "\n  query Suppressions($first: Int, $after: String, $filter: SuppressionFilter) {\n    suppressions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          channel\n          address\n          reason\n          detail\n          messageId\n          createdAt\n        }\n      }\n    }\n  }\n": types.SuppressionsDocument,
    "\n  query TemplateVariables {\n    templateVariables {\n      name\n      kind\n      source\n      descriptionFa\n      descriptionEn\n    }\n  }\n": types.TemplateVariablesDocument,
    "\n  query PreviewMessageTemplate($input: PreviewMessageTemplateInput!) {\n    previewMessageTemplate(input: $input) {\n      templateId\n      language\n      subject\n      bodyText\n      bodyHtml\n      smsParts {\n        encoding\n        units\n        parts\n        remaining\n      }\n      sampleParams\n    }\n  }\n": types.PreviewMessageTemplateDocument,
    "\n  mutation RemoveSuppression($id: ID!) {\n    removeSuppression(id: $id)\n  }\n": types.RemoveSuppressionDocument,
    "\n  mutation SendBulkMessage($input: SendBulkMessageInput!) {\n    sendBulkMessage(input: $input) {\n      ...BulkSendFields\n    }\n  }\n": types.SendBulkMessageDocument,
    "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessageListFields\n    }\n  }\n": types.SendMessageDocument,
    "\n  mutation SendTestMessage($channel: MessagingChannel!, $to: String!) {\n    sendTestMessage(channel: $channel, to: $to) {\n      ok\n      providerMessageId\n      error\n    }\n  }\n": types.SendTestMessageDocument,
    "\n  mutation UpdateMessageTemplate($id: ID!, $input: UpdateMessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) {\n      ...MessageTemplateFields\n    }\n  }\n": types.UpdateMessageTemplateDocument,
    "\n  mutation UpdateMessagingSettings($input: UpdateMessagingSettingsInput!) {\n    updateMessagingSettings(input: $input) {\n      ...MessagingSettingsFields\n    }\n  }\n": types.UpdateMessagingSettingsDocument,
    "\n  fragment StaffAlertPreferenceFields on StaffAlertPreference {\n    event\n    description\n    channels\n    defaultChannels\n    customised\n  }\n": types.StaffAlertPreferenceFieldsFragmentDoc,
    "\n  query MyAlertPreferences {\n    myAlertPreferences {\n      ...StaffAlertPreferenceFields\n    }\n  }\n": types.MyAlertPreferencesDocument,
    "\n  fragment MyProfileFields on User {\n    id\n    email\n    fullName\n    locale\n    phone\n  }\n": types.MyProfileFieldsFragmentDoc,
    "\n  query MyProfile {\n    viewer {\n      user {\n        ...MyProfileFields\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation SetMyAlertPreference($event: String!, $channels: [MessagingChannel!]!) {\n    setMyAlertPreference(event: $event, channels: $channels) {\n      ...StaffAlertPreferenceFields\n    }\n  }\n": types.SetMyAlertPreferenceDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation ChangeStaffRole($input: ChangeStaffRoleInput!) {\n    changeStaffRole(input: $input) {\n      id\n      role\n      status\n    }\n  }\n": types.ChangeStaffRoleDocument,
    "\n  mutation DisableStaffMember($id: ID!) {\n    disableStaffMember(id: $id) {\n      id\n      role\n      status\n    }\n  }\n": types.DisableStaffMemberDocument,
    "\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n    }\n  }\n": types.InvitationsDocument,
    "\n  query StaffMembers($first: Int, $after: String) {\n    staffMembers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          fullName\n          role\n          status\n          createdAt\n          lastLoginAt\n          extension\n        }\n      }\n    }\n  }\n": types.StaffMembersDocument,
    "\n  mutation InviteStaff($input: InviteStaffInput!, $idempotencyKey: String) {\n    inviteStaff(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n    }\n  }\n": types.InviteStaffDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation CancelTask($id: ID!) {\n    cancelTask(id: $id) {\n      ...TaskFields\n    }\n  }\n": types.CancelTaskDocument,
    "\n  mutation CompleteTask($id: ID!, $outcome: String) {\n    completeTask(id: $id, outcome: $outcome) {\n      ...TaskFields\n    }\n  }\n": types.CompleteTaskDocument,
    "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...TaskFields\n    }\n  }\n": types.CreateTaskDocument,
    "\n  query ContactTasks($id: ID!, $status: TaskStatus) {\n    contact(id: $id) {\n      id\n      tasks(status: $status) {\n        ...TaskFields\n      }\n    }\n  }\n": types.ContactTasksDocument,
    "\n  fragment TaskFields on Task {\n    id\n    kind\n    title\n    notes\n    dueAt\n    status\n    outcome\n    completedAt\n    createdAt\n    assignee {\n      id\n      fullName\n    }\n    contact {\n      id\n      fullName\n      primaryPhone\n    }\n  }\n": types.TaskFieldsFragmentDoc,
    "\n  query MyTasks($scope: TaskScope) {\n    myTasks(scope: $scope) {\n      ...TaskFields\n    }\n  }\n": types.MyTasksDocument,
    "\n  mutation UpdateWorkspace($input: UpdateWorkspaceInput!) {\n    updateWorkspace(input: $input) {\n      id\n      name\n      slug\n      timezone\n      defaultLocale\n      displayCurrency\n      createdAt\n    }\n  }\n": types.UpdateWorkspaceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        id\n        name\n        prefix\n        scopes\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys($first: Int, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          prefix\n          scopes\n          createdAt\n          lastUsedAt\n          revokedAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ApiKeysDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiScopes {\n    apiScopes\n  }\n"): typeof import('./graphql').ApiScopesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').RevokeApiKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    role\n    permissions\n    user {\n      id\n      email\n      fullName\n      locale\n    }\n    workspace {\n      id\n      name\n      slug\n      timezone\n      defaultLocale\n      displayCurrency\n      createdAt\n    }\n  }\n"): typeof import('./graphql').ViewerFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshToken($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): typeof import('./graphql').RefreshTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): typeof import('./graphql').SignUpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IncomingCall {\n    incomingCall {\n      callId\n      phone\n      direction\n      extension\n      isNewCaller\n      openTasks\n      contact {\n        id\n        fullName\n        stage\n        primaryPhone\n        owner {\n          id\n          fullName\n        }\n      }\n      lastInteractions {\n        id\n        kind\n        direction\n        occurredAt\n        summary\n        body\n        data\n      }\n    }\n  }\n"): typeof import('./graphql').IncomingCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStaffExtension($staffMemberId: ID!, $extension: String) {\n    setStaffExtension(staffMemberId: $staffMemberId, extension: $extension) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetStaffExtensionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddImportantDate($input: ImportantDateInput!) {\n    addImportantDate(input: $input) {\n      ...ImportantDateFields\n    }\n  }\n"): typeof import('./graphql').AddImportantDateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRelatedPerson($contactId: ID!, $input: RelatedPersonInput!) {\n    addRelatedPerson(contactId: $contactId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddRelatedPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkAssignContacts($ids: [ID!]!, $ownerId: ID!) {\n    bulkAssignContacts(ids: $ids, ownerId: $ownerId)\n  }\n"): typeof import('./graphql').BulkAssignContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BulkTagContacts($ids: [ID!]!, $tags: [String!]!) {\n    bulkTagContacts(ids: $ids, tags: $tags)\n  }\n"): typeof import('./graphql').BulkTagContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeContactStage($contactId: ID!, $stage: LifecycleStage!, $reason: String!) {\n    changeContactStage(contactId: $contactId, stage: $stage, reason: $reason) {\n      id\n      stage\n    }\n  }\n"): typeof import('./graphql').ChangeContactStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateContact($input: CreateContactInput!) {\n    createContact(input: $input) {\n      ...ContactDetailFields\n    }\n  }\n"): typeof import('./graphql').CreateContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n      city\n    }\n  }\n"): typeof import('./graphql').CreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DefineCustomField($input: CustomFieldInput!) {\n    defineCustomField(input: $input) {\n      id\n      key\n      label\n      type\n      options\n      required\n      position\n    }\n  }\n"): typeof import('./graphql').DefineCustomFieldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContact($id: ID!) {\n    deleteContact(id: $id)\n  }\n"): typeof import('./graphql').DeleteContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCustomField($id: ID!) {\n    deleteCustomField(id: $id)\n  }\n"): typeof import('./graphql').DeleteCustomFieldDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportContacts($filter: ContactFilter, $search: String, $format: ExportFormat!) {\n    exportContacts(filter: $filter, search: $search, format: $format) {\n      fileName\n      contentType\n      contentBase64\n      rowCount\n    }\n  }\n"): typeof import('./graphql').ExportContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TimelineItemFields on TimelineItem {\n    id\n    kind\n    direction\n    occurredAt\n    summary\n    body\n    data\n    actor {\n      id\n      fullName\n    }\n  }\n"): typeof import('./graphql').TimelineItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactTimeline($id: ID!, $first: Int, $after: String, $kinds: [TimelineKind!], $from: DateTime, $to: DateTime) {\n    contact(id: $id) {\n      id\n      timeline(first: $first, after: $after, kinds: $kinds, from: $from, to: $to) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...TimelineItemFields\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContactTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportantDateFields on ImportantDate {\n    id\n    kind\n    title\n    date {\n      calendar\n      year\n      month\n      day\n    }\n    recurrence\n    reminderDaysBefore\n    channel\n    messageTemplate\n    nextOccurrence\n    nextOccurrenceJalali\n    daysUntil\n  }\n"): typeof import('./graphql').ImportantDateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactDetailFields on Contact {\n    id\n    firstName\n    lastName\n    fullName\n    gender\n    birthDate {\n      calendar\n      year\n      month\n      day\n    }\n    email\n    phones {\n      id\n      e164\n      kind\n      label\n      isPrimary\n      national\n    }\n    primaryPhone\n    province\n    city\n    address\n    source\n    tags\n    owner {\n      id\n      fullName\n    }\n    notes\n    stage\n    consents {\n      channel\n      status\n      changedAt\n      source\n    }\n    customFields\n    organizations {\n      title\n      organization {\n        id\n        name\n        city\n      }\n    }\n    relatedPeople {\n      id\n      relation\n      name\n      preferences\n      notes\n      birthDate {\n        calendar\n        year\n        month\n        day\n      }\n      relatedContact {\n        id\n        fullName\n      }\n    }\n    importantDates {\n      ...ImportantDateFields\n    }\n    stageHistory {\n      id\n      from\n      to\n      reason\n      automatic\n      changedBy {\n        id\n        fullName\n      }\n      changedAt\n    }\n    possibleDuplicates {\n      id\n      fullName\n      primaryPhone\n      email\n      stage\n      createdAt\n    }\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').ContactDetailFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contact($id: ID!) {\n    contact(id: $id) {\n      ...ContactDetailFields\n    }\n  }\n"): typeof import('./graphql').ContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContactListFields on Contact {\n    id\n    firstName\n    lastName\n    fullName\n    primaryPhone\n    stage\n    tags\n    source\n    city\n    owner {\n      id\n      fullName\n    }\n    createdAt\n  }\n"): typeof import('./graphql').ContactListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Contacts($first: Int, $after: String, $filter: ContactFilter, $search: String) {\n    contacts(first: $first, after: $after, filter: $filter, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ContactListFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomFieldDefinitions {\n    customFieldDefinitions {\n      id\n      key\n      label\n      type\n      options\n      required\n      position\n    }\n  }\n"): typeof import('./graphql').CustomFieldDefinitionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifecycleSettings {\n    lifecycleSettings {\n      clientMinOrders\n      clientWindowMonths\n      advocateMinReferrals\n      inactiveAfterDays\n      lostAfterDays\n    }\n  }\n"): typeof import('./graphql').LifecycleSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations($first: Int, $after: String, $search: String) {\n    organizations(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          city\n          memberCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportContacts($input: ImportContactsInput!) {\n    importContacts(input: $input) {\n      totalRows\n      created\n      updated\n      unchanged\n      failed\n      errors {\n        row\n        field\n        code\n        value\n        reason\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ImportContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportPreview($input: ImportContactsInput!) {\n    importPreview(input: $input)\n  }\n"): typeof import('./graphql').ImportPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkContactToOrganization($contactId: ID!, $organizationId: ID!, $title: String) {\n    linkContactToOrganization(contactId: $contactId, organizationId: $organizationId, title: $title) {\n      id\n    }\n  }\n"): typeof import('./graphql').LinkContactToOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogInteraction($input: LogInteractionInput!) {\n    logInteraction(input: $input) {\n      ...TimelineItemFields\n    }\n  }\n"): typeof import('./graphql').LogInteractionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeContacts($primaryId: ID!, $duplicateId: ID!) {\n    mergeContacts(primaryId: $primaryId, duplicateId: $duplicateId) {\n      ...ContactDetailFields\n    }\n  }\n"): typeof import('./graphql').MergeContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveImportantDate($id: ID!) {\n    removeImportantDate(id: $id)\n  }\n"): typeof import('./graphql').RemoveImportantDateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveRelatedPerson($id: ID!) {\n    removeRelatedPerson(id: $id)\n  }\n"): typeof import('./graphql').RemoveRelatedPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetContactConsent($contactId: ID!, $channel: ConsentChannel!, $status: ConsentStatus!, $source: String!) {\n    setContactConsent(contactId: $contactId, channel: $channel, status: $status, source: $source) {\n      id\n      consents {\n        channel\n        status\n        changedAt\n        source\n      }\n    }\n  }\n"): typeof import('./graphql').SetContactConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkContactFromOrganization($contactId: ID!, $organizationId: ID!) {\n    unlinkContactFromOrganization(contactId: $contactId, organizationId: $organizationId) {\n      id\n    }\n  }\n"): typeof import('./graphql').UnlinkContactFromOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {\n    updateContact(id: $id, input: $input) {\n      ...ContactDetailFields\n    }\n  }\n"): typeof import('./graphql').UpdateContactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLifecycleSettings($input: LifecycleSettingsInput!) {\n    updateLifecycleSettings(input: $input) {\n      clientMinOrders\n      clientWindowMonths\n      advocateMinReferrals\n      inactiveAfterDays\n      lostAfterDays\n    }\n  }\n"): typeof import('./graphql').UpdateLifecycleSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSuppression($input: AddSuppressionInput!) {\n    addSuppression(input: $input) {\n      id\n      channel\n      address\n      reason\n    }\n  }\n"): typeof import('./graphql').AddSuppressionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMessageTemplate($input: CreateMessageTemplateInput!) {\n    createMessageTemplate(input: $input) {\n      ...MessageTemplateFields\n    }\n  }\n"): typeof import('./graphql').CreateMessageTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMessageTemplate($id: ID!) {\n    deleteMessageTemplate(id: $id)\n  }\n"): typeof import('./graphql').DeleteMessageTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BulkSendFields on BulkSend {\n    id\n    status\n    channel\n    purpose\n    templateKey\n    queued\n    skipped\n    error\n    createdAt\n    finishedAt\n  }\n"): typeof import('./graphql').BulkSendFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BulkSend($id: ID!) {\n    bulkSend(id: $id) {\n      ...BulkSendFields\n    }\n  }\n"): typeof import('./graphql').BulkSendDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactName($id: ID!) {\n    contact(id: $id) {\n      id\n      fullName\n    }\n  }\n"): typeof import('./graphql').ContactNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageTemplate($id: ID!) {\n    messageTemplate(id: $id) {\n      ...MessageTemplateFields\n    }\n  }\n"): typeof import('./graphql').MessageTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageTemplateFields on MessageTemplate {\n    id\n    key\n    name\n    channel\n    language\n    purpose\n    subject\n    body\n    variables\n    createdAt\n    updatedAt\n  }\n"): typeof import('./graphql').MessageTemplateFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessageTemplates($first: Int, $after: String, $filter: MessageTemplateFilter) {\n    messageTemplates(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MessageTemplateFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MessageTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Message($id: ID!) {\n    message(id: $id) {\n      ...MessageListFields\n      bodyHtml\n      providerMessageId\n      lastError\n      idempotencyKey\n      sentAt\n      deliveredAt\n      smsPartCount {\n        encoding\n        units\n        parts\n        remaining\n      }\n      events {\n        id\n        status\n        detail\n        occurredAt\n      }\n    }\n  }\n"): typeof import('./graphql').MessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessageListFields on Message {\n    id\n    contactId\n    memberId\n    channel\n    direction\n    purpose\n    recipient\n    subject\n    bodyText\n    templateKey\n    status\n    statusReason\n    attempts\n    createdAt\n  }\n"): typeof import('./graphql').MessageListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Messages($first: Int, $after: String, $filter: MessageFilter) {\n    messages(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...MessageListFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MessagingSettingsFields on MessagingSettings {\n    emailFromName\n    emailFromAddress\n    emailReplyTo\n    emailFrom\n    dkimDomain\n    dkimSelector\n    dkimKeySet\n    smsProvider\n    smsSender\n    kavenegarUrl\n    smsGateway {\n      url\n      method\n      contentType\n      headers\n      body\n      numberFormat\n      idPath\n      successPath\n      successValue\n    }\n    smsCredentialsSet\n    smsCredentialFields\n    emailPerSecond\n    smsPerSecond\n    quietHoursStart\n    quietHoursEnd\n    updatedAt\n  }\n"): typeof import('./graphql').MessagingSettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MessagingSettings {\n    messagingSettings {\n      ...MessagingSettingsFields\n    }\n  }\n"): typeof import('./graphql').MessagingSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Suppressions($first: Int, $after: String, $filter: SuppressionFilter) {\n    suppressions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          channel\n          address\n          reason\n          detail\n          messageId\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SuppressionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TemplateVariables {\n    templateVariables {\n      name\n      kind\n      source\n      descriptionFa\n      descriptionEn\n    }\n  }\n"): typeof import('./graphql').TemplateVariablesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewMessageTemplate($input: PreviewMessageTemplateInput!) {\n    previewMessageTemplate(input: $input) {\n      templateId\n      language\n      subject\n      bodyText\n      bodyHtml\n      smsParts {\n        encoding\n        units\n        parts\n        remaining\n      }\n      sampleParams\n    }\n  }\n"): typeof import('./graphql').PreviewMessageTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSuppression($id: ID!) {\n    removeSuppression(id: $id)\n  }\n"): typeof import('./graphql').RemoveSuppressionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendBulkMessage($input: SendBulkMessageInput!) {\n    sendBulkMessage(input: $input) {\n      ...BulkSendFields\n    }\n  }\n"): typeof import('./graphql').SendBulkMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendMessage($input: SendMessageInput!) {\n    sendMessage(input: $input) {\n      ...MessageListFields\n    }\n  }\n"): typeof import('./graphql').SendMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendTestMessage($channel: MessagingChannel!, $to: String!) {\n    sendTestMessage(channel: $channel, to: $to) {\n      ok\n      providerMessageId\n      error\n    }\n  }\n"): typeof import('./graphql').SendTestMessageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMessageTemplate($id: ID!, $input: UpdateMessageTemplateInput!) {\n    updateMessageTemplate(id: $id, input: $input) {\n      ...MessageTemplateFields\n    }\n  }\n"): typeof import('./graphql').UpdateMessageTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMessagingSettings($input: UpdateMessagingSettingsInput!) {\n    updateMessagingSettings(input: $input) {\n      ...MessagingSettingsFields\n    }\n  }\n"): typeof import('./graphql').UpdateMessagingSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StaffAlertPreferenceFields on StaffAlertPreference {\n    event\n    description\n    channels\n    defaultChannels\n    customised\n  }\n"): typeof import('./graphql').StaffAlertPreferenceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAlertPreferences {\n    myAlertPreferences {\n      ...StaffAlertPreferenceFields\n    }\n  }\n"): typeof import('./graphql').MyAlertPreferencesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyProfileFields on User {\n    id\n    email\n    fullName\n    locale\n    phone\n  }\n"): typeof import('./graphql').MyProfileFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    viewer {\n      user {\n        ...MyProfileFields\n      }\n    }\n  }\n"): typeof import('./graphql').MyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyAlertPreference($event: String!, $channels: [MessagingChannel!]!) {\n    setMyAlertPreference(event: $event, channels: $channels) {\n      ...StaffAlertPreferenceFields\n    }\n  }\n"): typeof import('./graphql').SetMyAlertPreferenceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n"): typeof import('./graphql').UpdateMyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeStaffRole($input: ChangeStaffRoleInput!) {\n    changeStaffRole(input: $input) {\n      id\n      role\n      status\n    }\n  }\n"): typeof import('./graphql').ChangeStaffRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableStaffMember($id: ID!) {\n    disableStaffMember(id: $id) {\n      id\n      role\n      status\n    }\n  }\n"): typeof import('./graphql').DisableStaffMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitations {\n    invitations {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n    }\n  }\n"): typeof import('./graphql').InvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffMembers($first: Int, $after: String) {\n    staffMembers(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          fullName\n          role\n          status\n          createdAt\n          lastLoginAt\n          extension\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StaffMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteStaff($input: InviteStaffInput!, $idempotencyKey: String) {\n    inviteStaff(input: $input, idempotencyKey: $idempotencyKey) {\n      id\n      email\n      role\n      status\n      expiresAt\n      createdAt\n    }\n  }\n"): typeof import('./graphql').InviteStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RevokeInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTask($id: ID!) {\n    cancelTask(id: $id) {\n      ...TaskFields\n    }\n  }\n"): typeof import('./graphql').CancelTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTask($id: ID!, $outcome: String) {\n    completeTask(id: $id, outcome: $outcome) {\n      ...TaskFields\n    }\n  }\n"): typeof import('./graphql').CompleteTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTask($input: CreateTaskInput!) {\n    createTask(input: $input) {\n      ...TaskFields\n    }\n  }\n"): typeof import('./graphql').CreateTaskDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactTasks($id: ID!, $status: TaskStatus) {\n    contact(id: $id) {\n      id\n      tasks(status: $status) {\n        ...TaskFields\n      }\n    }\n  }\n"): typeof import('./graphql').ContactTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TaskFields on Task {\n    id\n    kind\n    title\n    notes\n    dueAt\n    status\n    outcome\n    completedAt\n    createdAt\n    assignee {\n      id\n      fullName\n    }\n    contact {\n      id\n      fullName\n      primaryPhone\n    }\n  }\n"): typeof import('./graphql').TaskFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTasks($scope: TaskScope) {\n    myTasks(scope: $scope) {\n      ...TaskFields\n    }\n  }\n"): typeof import('./graphql').MyTasksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkspace($input: UpdateWorkspaceInput!) {\n    updateWorkspace(input: $input) {\n      id\n      name\n      slug\n      timezone\n      defaultLocale\n      displayCurrency\n      createdAt\n    }\n  }\n"): typeof import('./graphql').UpdateWorkspaceDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
