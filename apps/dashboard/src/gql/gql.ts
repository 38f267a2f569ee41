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
    "\n  mutation CancelFollowUpEnrolment($id: ID!, $reason: String) {\n    cancelFollowUpEnrolment(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.CancelFollowUpEnrolmentDocument,
    "\n  mutation EnrolInFollowUpPlan($planId: ID!, $contactId: ID!) {\n    enrolInFollowUpPlan(planId: $planId, contactId: $contactId) {\n      id\n      status\n    }\n  }\n": typeof types.EnrolInFollowUpPlanDocument,
    "\n  query FollowUpEnrolments($planId: ID, $status: FollowUpEnrolmentStatus) {\n    followUpEnrolments(planId: $planId, status: $status, first: 100) {\n      id\n      planId\n      planName\n      contactId\n      contactName\n      status\n      source\n      nextPosition\n      nextDueAt\n      enrolledAt\n      finishedAt\n      cancelReason\n      steps {\n        position\n        kind\n        status\n        reason\n        executedAt\n      }\n    }\n  }\n": typeof types.FollowUpEnrolmentsDocument,
    "\n  query FollowUpCalls($scope: FollowUpCallScope, $mine: Boolean) {\n    followUpCalls(scope: $scope, mine: $mine) {\n      id\n      taskId\n      enrolmentId\n      planName\n      contactId\n      contactName\n      contactPhone\n      attempt\n      maxAttempts\n      callScript\n      dueAt\n    }\n  }\n": typeof types.FollowUpCallsDocument,
    "\n  fragment FollowUpPlanFields on FollowUpPlan {\n    id\n    name\n    description\n    trigger\n    active\n    teamMemberIds\n    activeEnrolments\n    createdAt\n    steps {\n      id\n      position\n      kind\n      delayDays\n      templateKey\n      subject\n      body\n      callScript\n      maxAttempts\n      skipIfPurchased\n      skipIfReplied\n    }\n  }\n": typeof types.FollowUpPlanFieldsFragmentDoc,
    "\n  query FollowUpPlans {\n    followUpPlans {\n      ...FollowUpPlanFields\n    }\n  }\n": typeof types.FollowUpPlansDocument,
    "\n  query JobRuns($job: String, $status: JobRunStatus, $first: Int) {\n    jobRuns(job: $job, status: $status, first: $first) {\n      ...JobRunFields\n    }\n  }\n": typeof types.JobRunsDocument,
    "\n  fragment JobRunFields on JobRun {\n    id\n    job\n    slot\n    day\n    workspaceOnly\n    trigger\n    status\n    queuedAt\n    startedAt\n    finishedAt\n    items\n    errorCount\n    errors {\n      message\n    }\n  }\n": typeof types.JobRunFieldsFragmentDoc,
    "\n  query ScheduledJobs {\n    scheduledJobs {\n      job\n      kind\n      cron\n      timeZone\n      lastCompletedDay\n      lastRun {\n        ...JobRunFields\n      }\n    }\n  }\n": typeof types.ScheduledJobsDocument,
    "\n  query UpcomingImportantDates($days: Int, $first: Int, $after: String) {\n    upcomingImportantDates(days: $days, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          importantDateId\n          kind\n          title\n          subjectName\n          contactId\n          occurrence\n          sendDay\n          channel\n          handled\n        }\n      }\n    }\n  }\n": typeof types.UpcomingImportantDatesDocument,
    "\n  mutation RecordCallOutcome($input: RecordCallOutcomeInput!) {\n    recordCallOutcome(input: $input) {\n      id\n      outcome\n      attempt\n    }\n  }\n": typeof types.RecordCallOutcomeDocument,
    "\n  mutation RunJobNow($job: String!, $day: String) {\n    runJobNow(job: $job, day: $day) {\n      ...JobRunFields\n    }\n  }\n": typeof types.RunJobNowDocument,
    "\n  mutation CreateFollowUpPlan($input: FollowUpPlanInput!) {\n    createFollowUpPlan(input: $input) {\n      ...FollowUpPlanFields\n    }\n  }\n": typeof types.CreateFollowUpPlanDocument,
    "\n  mutation UpdateFollowUpPlan($id: ID!, $input: FollowUpPlanInput!) {\n    updateFollowUpPlan(id: $id, input: $input) {\n      ...FollowUpPlanFields\n    }\n  }\n": typeof types.UpdateFollowUpPlanDocument,
    "\n  subscription IncomingCall {\n    incomingCall {\n      callId\n      phone\n      direction\n      extension\n      isNewCaller\n      openTasks\n      contact {\n        id\n        fullName\n        stage\n        primaryPhone\n        owner {\n          id\n          fullName\n        }\n      }\n      lastInteractions {\n        id\n        kind\n        direction\n        occurredAt\n        summary\n        body\n        data\n      }\n    }\n  }\n": typeof types.IncomingCallDocument,
    "\n  mutation SetStaffExtension($staffMemberId: ID!, $extension: String) {\n    setStaffExtension(staffMemberId: $staffMemberId, extension: $extension) {\n      id\n    }\n  }\n": typeof types.SetStaffExtensionDocument,
    "\n  mutation ArchiveProduct($id: ID!) {\n    archiveProduct(id: $id) {\n      ...ProductFields\n    }\n  }\n": typeof types.ArchiveProductDocument,
    "\n  mutation CreateCoupon($input: CreateCouponInput!) {\n    createCoupon(input: $input) {\n      ...CouponFields\n    }\n  }\n": typeof types.CreateCouponDocument,
    "\n  mutation CreatePriceList($input: CreatePriceListInput!) {\n    createPriceList(input: $input) {\n      ...PriceListFields\n    }\n  }\n": typeof types.CreatePriceListDocument,
    "\n  mutation CreateProductCategory($input: CreateProductCategoryInput!) {\n    createProductCategory(input: $input) {\n      ...ProductCategoryFields\n    }\n  }\n": typeof types.CreateProductCategoryDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      ...ProductFields\n    }\n  }\n": typeof types.CreateProductDocument,
    "\n  mutation DeactivateCoupon($id: ID!) {\n    deactivateCoupon(id: $id) {\n      ...CouponFields\n    }\n  }\n": typeof types.DeactivateCouponDocument,
    "\n  fragment CouponFields on Coupon {\n    id\n    code\n    description\n    kind\n    value\n    maxDiscount\n    minOrderTotal\n    productIds\n    categoryIds\n    contactId\n    maxUses\n    perContactLimit\n    uses\n    validFrom\n    validTo\n    active\n    updatedAt\n  }\n": typeof types.CouponFieldsFragmentDoc,
    "\n  query Coupons($first: Int, $after: String, $filter: CouponFilter) {\n    coupons(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CouponFields\n        }\n      }\n    }\n  }\n": typeof types.CouponsDocument,
    "\n  fragment PriceListFields on PriceList {\n    id\n    name\n    kind\n    target\n    priority\n    active\n    validFrom\n    validTo\n    updatedAt\n    items {\n      id\n      productId\n      categoryId\n      price\n      discountBp\n      minQuantity\n    }\n  }\n": typeof types.PriceListFieldsFragmentDoc,
    "\n  query PriceLists($first: Int, $after: String, $filter: PriceListFilter) {\n    priceLists(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PriceListFields\n        }\n      }\n    }\n  }\n": typeof types.PriceListsDocument,
    "\n  fragment ProductCategoryFields on ProductCategory {\n    id\n    parentId\n    nameFa\n    nameEn\n    slug\n    tags\n    position\n    depth\n  }\n": typeof types.ProductCategoryFieldsFragmentDoc,
    "\n  query ProductCategories {\n    productCategories {\n      ...ProductCategoryFields\n    }\n  }\n": typeof types.ProductCategoriesDocument,
    "\n  query ProductName($id: ID!) {\n    product(id: $id) {\n      id\n      sku\n      nameFa\n      nameEn\n      unit\n    }\n  }\n": typeof types.ProductNameDocument,
    "\n  fragment ProductFields on Product {\n    ...ProductListFields\n    description\n    imageUrls\n    createdAt\n    updatedAt\n    availability {\n      productId\n      lowStockThreshold\n    }\n  }\n": typeof types.ProductFieldsFragmentDoc,
    "\n  query Product($id: ID!) {\n    product(id: $id) {\n      ...ProductFields\n    }\n  }\n": typeof types.ProductDocument,
    "\n  fragment ProductListFields on Product {\n    id\n    sku\n    nameFa\n    nameEn\n    categoryId\n    unit\n    basePrice\n    taxRateBp\n    active\n    archivedAt\n    lowStockThreshold\n    availability {\n      productId\n      onHand\n      reserved\n      available\n      lowStock\n      status\n    }\n  }\n": typeof types.ProductListFieldsFragmentDoc,
    "\n  query Products($first: Int, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProductListFields\n        }\n      }\n    }\n  }\n": typeof types.ProductsDocument,
    "\n  query Quote($input: QuoteInput!) {\n    quote(input: $input) {\n      subtotal\n      discountTotal\n      couponDiscount\n      taxTotal\n      total\n      coupon {\n        id\n        code\n      }\n      problems {\n        field\n        message\n      }\n      lines {\n        productId\n        quantity\n        unitBasePrice\n        unitPrice\n        appliedPriceListId\n        discount\n        couponDiscount\n        taxRateBp\n        tax\n        total\n      }\n    }\n  }\n": typeof types.QuoteDocument,
    "\n  mutation SetPriceListItems($priceListId: ID!, $items: [PriceListItemInput!]!) {\n    setPriceListItems(priceListId: $priceListId, items: $items) {\n      ...PriceListFields\n    }\n  }\n": typeof types.SetPriceListItemsDocument,
    "\n  mutation UpdateCoupon($id: ID!, $input: UpdateCouponInput!) {\n    updateCoupon(id: $id, input: $input) {\n      ...CouponFields\n    }\n  }\n": typeof types.UpdateCouponDocument,
    "\n  mutation UpdatePriceList($id: ID!, $input: UpdatePriceListInput!) {\n    updatePriceList(id: $id, input: $input) {\n      ...PriceListFields\n    }\n  }\n": typeof types.UpdatePriceListDocument,
    "\n  mutation UpdateProductCategory($id: ID!, $input: UpdateProductCategoryInput!) {\n    updateProductCategory(id: $id, input: $input) {\n      ...ProductCategoryFields\n    }\n  }\n": typeof types.UpdateProductCategoryDocument,
    "\n  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      ...ProductFields\n    }\n  }\n": typeof types.UpdateProductDocument,
    "\n  fragment ClubMemberFields on ClubMember {\n    id\n    contactId\n    status\n    joinedAt\n    joinedVia\n    lastSignInAt\n    blockedAt\n    blockedReason\n    hasPassword\n    balance\n    tier {\n      id\n      code\n      name\n    }\n    contact {\n      id\n      fullName\n      primaryPhone\n    }\n  }\n": typeof types.ClubMemberFieldsFragmentDoc,
    "\n  query ClubMembers($first: Int!, $after: String, $search: String, $status: ClubMemberStatus, $tierId: ID, $joinedVia: ClubJoinVia) {\n    clubMembers(first: $first, after: $after, search: $search, status: $status, tierId: $tierId, joinedVia: $joinedVia) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ClubMemberFields\n        }\n      }\n    }\n  }\n": typeof types.ClubMembersDocument,
    "\n  query ClubMember($contactId: ID!) {\n    clubMember(contactId: $contactId) {\n      ...ClubMemberFields\n    }\n  }\n": typeof types.ClubMemberDocument,
    "\n  mutation EnrollClubMember($contactId: ID!) {\n    enrollClubMember(contactId: $contactId) {\n      ...ClubMemberFields\n    }\n  }\n": typeof types.EnrollClubMemberDocument,
    "\n  mutation BlockClubMember($input: BlockClubMemberInput!) {\n    blockClubMember(input: $input) {\n      ...ClubMemberFields\n    }\n  }\n": typeof types.BlockClubMemberDocument,
    "\n  mutation UnblockClubMember($contactId: ID!) {\n    unblockClubMember(contactId: $contactId) {\n      ...ClubMemberFields\n    }\n  }\n": typeof types.UnblockClubMemberDocument,
    "\n  fragment ClubNewsFields on ClubNewsItem {\n    id\n    kind\n    endsAt\n    closed\n    responseCount\n    questions {\n      id\n      text\n      textEn\n      type\n      required\n      options {\n        id\n        text\n        textEn\n      }\n    }\n    title\n    body\n    titleEn\n    bodyEn\n    url\n    imageUrl\n    ownPoints\n    points\n    publishedAt\n    archived\n    createdAt\n  }\n": typeof types.ClubNewsFieldsFragmentDoc,
    "\n  query ClubNewsItems($first: Int!, $after: String) {\n    clubNewsItems(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ClubNewsFields\n        }\n      }\n    }\n  }\n": typeof types.ClubNewsItemsDocument,
    "\n  mutation SaveClubNews($input: SaveClubNewsInput!) {\n    saveClubNews(input: $input) {\n      ...ClubNewsFields\n    }\n  }\n": typeof types.SaveClubNewsDocument,
    "\n  query ClubNewsResults($id: ID!) {\n    clubNewsResults(id: $id) {\n      respondents\n      news {\n        ...ClubNewsFields\n      }\n      questions {\n        answered\n        texts\n        question {\n          id\n          text\n          type\n        }\n        options {\n          count\n          option {\n            id\n            text\n          }\n        }\n      }\n      entrants {\n        contactId\n        name\n        text\n        points\n        createdAt\n      }\n    }\n  }\n": typeof types.ClubNewsResultsDocument,
    "\n  fragment ClubSettingsFields on ClubSettings {\n    enabled\n    approach\n    afterSalesPanel\n    displayNameFa\n    displayNameEn\n    logoUrl\n    primaryColor\n    slug\n    url\n  }\n": typeof types.ClubSettingsFieldsFragmentDoc,
    "\n  query ClubSettings {\n    clubSettings {\n      ...ClubSettingsFields\n    }\n  }\n": typeof types.ClubSettingsDocument,
    "\n  mutation UpdateClubSettings($input: UpdateClubSettingsInput!) {\n    updateClubSettings(input: $input) {\n      ...ClubSettingsFields\n    }\n  }\n": typeof types.UpdateClubSettingsDocument,
    "\n  query ContactLoyalty($contactId: ID!, $entries: Int!) {\n    contactLoyalty(contactId: $contactId) {\n      contactId\n      balance\n      expiringSoon\n      lifetimeEarned\n      referralCode\n      tier {\n        basis\n        qualifying\n        progressPercent\n        toNext\n        windowMonths\n        since\n        current {\n          id\n          code\n          name\n        }\n        next {\n          id\n          code\n          name\n          threshold\n        }\n      }\n      vouchers {\n        id\n        code\n        kind\n        value\n        maxDiscount\n        minOrderTotal\n        validTo\n        origin\n        description\n      }\n      stampCards {\n        stamps\n        required\n        completed\n        reward {\n          id\n          name\n        }\n      }\n      entries(first: $entries) {\n        totalCount\n        edges {\n          node {\n            id\n            kind\n            source\n            delta\n            reason\n            createdAt\n            expiresAt\n            actor {\n              id\n              fullName\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ContactLoyaltyDocument,
    "\n  mutation AdjustPoints($input: AdjustPointsInput!) {\n    adjustPoints(input: $input) {\n      balance\n      entry {\n        id\n        delta\n      }\n    }\n  }\n": typeof types.AdjustPointsDocument,
    "\n  fragment LoyaltySettingsFields on LoyaltySettings {\n    enabled\n    purchasePoints\n    purchaseUnit\n    callPoints\n    smsPoints\n    newsPoints\n    surveyPoints\n    contestPoints\n    referrerPoints\n    refereePoints\n    birthdayPoints\n    dailyCaps {\n      source\n      points\n    }\n    tierMultipliers\n    tierBasis\n    tierWindowMonths\n    expiryMonths\n    expiryWarningDays\n    nextVoucherEnabled\n    nextVoucherKind\n    nextVoucherValue\n    nextVoucherMaxDiscount\n    nextVoucherMinOrder\n    nextVoucherValidDays\n  }\n": typeof types.LoyaltySettingsFieldsFragmentDoc,
    "\n  query LoyaltySettings {\n    loyaltySettings {\n      ...LoyaltySettingsFields\n    }\n  }\n": typeof types.LoyaltySettingsDocument,
    "\n  mutation UpdateLoyaltySettings($input: UpdateLoyaltySettingsInput!) {\n    updateLoyaltySettings(input: $input) {\n      ...LoyaltySettingsFields\n    }\n  }\n": typeof types.UpdateLoyaltySettingsDocument,
    "\n  fragment RewardFields on Reward {\n    id\n    kind\n    name\n    description\n    pointsCost\n    voucherKind\n    voucherValue\n    maxDiscount\n    minOrderTotal\n    validDays\n    productId\n    categoryId\n    stampsRequired\n    archived\n    createdAt\n  }\n": typeof types.RewardFieldsFragmentDoc,
    "\n  query Rewards($first: Int!, $after: String, $includeArchived: Boolean!) {\n    rewards(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...RewardFields\n        }\n      }\n    }\n  }\n": typeof types.RewardsDocument,
    "\n  mutation SaveReward($input: SaveRewardInput!) {\n    saveReward(input: $input) {\n      ...RewardFields\n    }\n  }\n": typeof types.SaveRewardDocument,
    "\n  mutation ArchiveReward($id: ID!) {\n    archiveReward(id: $id) {\n      ...RewardFields\n    }\n  }\n": typeof types.ArchiveRewardDocument,
    "\n  fragment TierFields on Tier {\n    id\n    code\n    name\n    threshold\n    multiplierPercent\n    priceListId\n    freeShipping\n    benefits\n  }\n": typeof types.TierFieldsFragmentDoc,
    "\n  query Tiers {\n    tiers {\n      ...TierFields\n    }\n  }\n": typeof types.TiersDocument,
    "\n  mutation SaveTier($input: SaveTierInput!) {\n    saveTier(input: $input) {\n      ...TierFields\n    }\n  }\n": typeof types.SaveTierDocument,
    "\n  mutation DeleteTier($id: ID!) {\n    deleteTier(id: $id)\n  }\n": typeof types.DeleteTierDocument,
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
    "\n  mutation AdjustStock($input: AdjustStockInput!) {\n    adjustStock(input: $input) {\n      ...StockLevelFields\n    }\n  }\n": typeof types.AdjustStockDocument,
    "\n  mutation CreateWarehouse($input: CreateWarehouseInput!) {\n    createWarehouse(input: $input) {\n      ...WarehouseFields\n    }\n  }\n": typeof types.CreateWarehouseDocument,
    "\n  fragment StockLevelFields on StockLevel {\n    id\n    productId\n    warehouseId\n    onHand\n    reserved\n    available\n    updatedAt\n    warehouse {\n      id\n      code\n      name\n    }\n  }\n": typeof types.StockLevelFieldsFragmentDoc,
    "\n  query StockLevels($first: Int, $after: String, $filter: StockLevelFilter) {\n    stockLevels(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...StockLevelFields\n        }\n      }\n    }\n  }\n": typeof types.StockLevelsDocument,
    "\n  fragment StockMovementFields on StockMovement {\n    id\n    kind\n    productId\n    warehouseId\n    quantity\n    deltaOnHand\n    deltaReserved\n    reason\n    reference\n    createdAt\n    warehouse {\n      id\n      code\n      name\n    }\n    actor {\n      id\n      fullName\n      email\n    }\n  }\n": typeof types.StockMovementFieldsFragmentDoc,
    "\n  query StockMovements($first: Int, $after: String, $filter: StockMovementFilter) {\n    stockMovements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...StockMovementFields\n        }\n      }\n    }\n  }\n": typeof types.StockMovementsDocument,
    "\n  fragment WarehouseFields on Warehouse {\n    id\n    code\n    name\n    address\n    isDefault\n    active\n    updatedAt\n  }\n": typeof types.WarehouseFieldsFragmentDoc,
    "\n  query Warehouses {\n    warehouses {\n      ...WarehouseFields\n    }\n  }\n": typeof types.WarehousesDocument,
    "\n  mutation ReceiveStock($input: ReceiveStockInput!) {\n    receiveStock(input: $input) {\n      ...StockLevelFields\n    }\n  }\n": typeof types.ReceiveStockDocument,
    "\n  mutation TransferStock($input: TransferStockInput!) {\n    transferStock(input: $input) {\n      from {\n        ...StockLevelFields\n      }\n      to {\n        ...StockLevelFields\n      }\n    }\n  }\n": typeof types.TransferStockDocument,
    "\n  mutation UpdateWarehouse($id: ID!, $input: UpdateWarehouseInput!) {\n    updateWarehouse(id: $id, input: $input) {\n      ...WarehouseFields\n    }\n  }\n": typeof types.UpdateWarehouseDocument,
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
    "\n  fragment MessageListFields on Message {\n    id\n    contactId\n    contact {\n      id\n      fullName\n    }\n    memberId\n    channel\n    direction\n    purpose\n    recipient\n    subject\n    bodyText\n    templateKey\n    status\n    statusReason\n    attempts\n    createdAt\n  }\n": typeof types.MessageListFieldsFragmentDoc,
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
    "\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) {\n      ...OpportunityFields\n    }\n  }\n": typeof types.CreateOpportunityDocument,
    "\n  mutation CreatePipelineStage($input: CreatePipelineStageInput!) {\n    createPipelineStage(input: $input) {\n      ...PipelineStageFields\n    }\n  }\n": typeof types.CreatePipelineStageDocument,
    "\n  fragment CommissionRuleFields on CommissionRule {\n    id\n    name\n    appliesTo\n    memberId\n    teamId\n    basis\n    tiers {\n      fromAmount\n      fromAttainmentPercent\n      rateBp\n    }\n  }\n": typeof types.CommissionRuleFieldsFragmentDoc,
    "\n  query CommissionRules {\n    commissionRules {\n      ...CommissionRuleFields\n    }\n  }\n": typeof types.CommissionRulesDocument,
    "\n  fragment OpportunityFields on Opportunity {\n    id\n    title\n    amount\n    weightedAmount\n    probability\n    probabilityOverridden\n    status\n    stageId\n    position\n    expectedCloseDate\n    expectedCloseDateJalali\n    notes\n    lostReason\n    wonAt\n    lostAt\n    proformaId\n    contactId\n    contact {\n      id\n      fullName\n    }\n    owner {\n      id\n      fullName\n    }\n  }\n": typeof types.OpportunityFieldsFragmentDoc,
    "\n  query OpportunityBoard($filter: OpportunityFilter, $perStage: Int) {\n    opportunityBoard(filter: $filter, perStage: $perStage) {\n      columns {\n        count\n        amount\n        weightedAmount\n        stage {\n          ...PipelineStageFields\n        }\n        opportunities {\n          ...OpportunityFields\n        }\n      }\n    }\n  }\n": typeof types.OpportunityBoardDocument,
    "\n  fragment PipelineStageFields on PipelineStage {\n    id\n    kind\n    nameFa\n    nameEn\n    position\n    probability\n  }\n": typeof types.PipelineStageFieldsFragmentDoc,
    "\n  query PipelineStages {\n    pipelineStages {\n      ...PipelineStageFields\n    }\n  }\n": typeof types.PipelineStagesDocument,
    "\n  query SalesPerformance($period: SalesPeriodInput!) {\n    salesPerformance(period: $period) {\n      period {\n        kind\n        jalaliYear\n        index\n        startsAt\n        endsAt\n      }\n      reps {\n        memberId\n        member {\n          id\n          fullName\n        }\n        target\n        achieved\n        attainmentPercent\n        commission\n        commissionRuleId\n      }\n      teams {\n        teamId\n        name\n        target\n        achieved\n        attainmentPercent\n        commission\n      }\n    }\n  }\n": typeof types.SalesPerformanceDocument,
    "\n  query SalesQuotas($period: SalesPeriodInput!) {\n    salesQuotas(period: $period) {\n      id\n      memberId\n      teamId\n      jalaliYear\n      periodKind\n      periodIndex\n      target\n    }\n  }\n": typeof types.SalesQuotasDocument,
    "\n  query SalesTeams {\n    salesTeams {\n      id\n      name\n      leadMemberId\n      memberIds\n    }\n  }\n": typeof types.SalesTeamsDocument,
    "\n  mutation LoseOpportunity($id: ID!, $input: LoseOpportunityInput!) {\n    loseOpportunity(id: $id, input: $input) {\n      ...OpportunityFields\n    }\n  }\n": typeof types.LoseOpportunityDocument,
    "\n  mutation MoveOpportunity($id: ID!, $input: MoveOpportunityInput!) {\n    moveOpportunity(id: $id, input: $input) {\n      ...OpportunityFields\n    }\n  }\n": typeof types.MoveOpportunityDocument,
    "\n  mutation ReorderPipelineStages($stageIds: [ID!]!) {\n    reorderPipelineStages(stageIds: $stageIds) {\n      ...PipelineStageFields\n    }\n  }\n": typeof types.ReorderPipelineStagesDocument,
    "\n  mutation SetCommissionRule($input: SetCommissionRuleInput!) {\n    setCommissionRule(input: $input) {\n      ...CommissionRuleFields\n    }\n  }\n": typeof types.SetCommissionRuleDocument,
    "\n  mutation SetSalesQuota($input: SetSalesQuotaInput!) {\n    setSalesQuota(input: $input) {\n      id\n      target\n    }\n  }\n": typeof types.SetSalesQuotaDocument,
    "\n  mutation UpdateOpportunity($id: ID!, $input: UpdateOpportunityInput!) {\n    updateOpportunity(id: $id, input: $input) {\n      ...OpportunityFields\n    }\n  }\n": typeof types.UpdateOpportunityDocument,
    "\n  mutation UpdatePipelineStage($id: ID!, $input: UpdatePipelineStageInput!) {\n    updatePipelineStage(id: $id, input: $input) {\n      ...PipelineStageFields\n    }\n  }\n": typeof types.UpdatePipelineStageDocument,
    "\n  mutation WinOpportunity($id: ID!) {\n    winOpportunity(id: $id) {\n      ...OpportunityFields\n    }\n  }\n": typeof types.WinOpportunityDocument,
    "\n  fragment StaffAlertPreferenceFields on StaffAlertPreference {\n    event\n    description\n    channels\n    defaultChannels\n    customised\n  }\n": typeof types.StaffAlertPreferenceFieldsFragmentDoc,
    "\n  query MyAlertPreferences {\n    myAlertPreferences {\n      ...StaffAlertPreferenceFields\n    }\n  }\n": typeof types.MyAlertPreferencesDocument,
    "\n  fragment MyProfileFields on User {\n    id\n    email\n    fullName\n    locale\n    phone\n  }\n": typeof types.MyProfileFieldsFragmentDoc,
    "\n  query MyProfile {\n    viewer {\n      user {\n        ...MyProfileFields\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation SetMyAlertPreference($event: String!, $channels: [MessagingChannel!]!) {\n    setMyAlertPreference(event: $event, channels: $channels) {\n      ...StaffAlertPreferenceFields\n    }\n  }\n": typeof types.SetMyAlertPreferenceDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation CancelInvoice($id: ID!, $reason: String!) {\n    cancelInvoice(id: $id, reason: $reason) {\n      ...InvoiceFields\n    }\n  }\n": typeof types.CancelInvoiceDocument,
    "\n  mutation CancelProforma($id: ID!, $reason: String!) {\n    cancelProforma(id: $id, reason: $reason) {\n      ...ProformaFields\n    }\n  }\n": typeof types.CancelProformaDocument,
    "\n  mutation ConfirmProforma($id: ID!, $expiresInDays: Int) {\n    confirmProforma(id: $id, expiresInDays: $expiresInDays) {\n      ...ProformaFields\n    }\n  }\n": typeof types.ConfirmProformaDocument,
    "\n  mutation CreateProforma($input: CreateProformaInput!, $idempotencyKey: String) {\n    createProforma(input: $input, idempotencyKey: $idempotencyKey) {\n      ...ProformaFields\n    }\n  }\n": typeof types.CreateProformaDocument,
    "\n  mutation CreateWarehouseIssue($invoiceId: ID!) {\n    createWarehouseIssue(invoiceId: $invoiceId) {\n      ...WarehouseIssueFields\n      invoice {\n        id\n      }\n    }\n  }\n": typeof types.CreateWarehouseIssueDocument,
    "\n  fragment WarehouseIssueFields on WarehouseIssue {\n    id\n    number\n    status\n    issuedAt\n    issuedAtJalali\n    shippedAt\n    deliveredAt\n    returnedAt\n    cancelledAt\n    trackingCode\n    lines {\n      productId\n      productName\n      productSku\n      quantity\n      returnedQuantity\n    }\n  }\n": typeof types.WarehouseIssueFieldsFragmentDoc,
    "\n  fragment InvoiceFields on Invoice {\n    ...InvoiceListFields\n    issuedAtJalali\n    cancelledAt\n    cancelReason\n    completedAt\n    totals {\n      subtotal\n      discountTotal\n      couponDiscount\n      taxTotal\n      total\n    }\n    seller {\n      name\n      displayCurrency\n      timezone\n    }\n    contact {\n      id\n      fullName\n      primaryPhone\n      email\n      address\n      city\n      province\n    }\n    owner {\n      id\n      fullName\n    }\n    proforma {\n      id\n      number\n      couponCode\n      notes\n    }\n    lines {\n      ...SalesLineFields\n    }\n    payments {\n      id\n      amount\n      method\n      reference\n      paidAt\n      paidAtJalali\n      recordedBy {\n        id\n        fullName\n      }\n    }\n    warehouseIssue {\n      ...WarehouseIssueFields\n    }\n  }\n": typeof types.InvoiceFieldsFragmentDoc,
    "\n  query Invoice($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceFields\n    }\n  }\n": typeof types.InvoiceDocument,
    "\n  fragment InvoiceListFields on Invoice {\n    id\n    number\n    numberDisplay\n    jalaliYear\n    status\n    paymentStatus\n    issuedAt\n    paidTotal\n    balance\n    totals {\n      total\n    }\n    contact {\n      id\n      fullName\n    }\n    warehouseIssue {\n      id\n      status\n    }\n  }\n": typeof types.InvoiceListFieldsFragmentDoc,
    "\n  query Invoices($first: Int, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InvoiceListFields\n        }\n      }\n    }\n  }\n": typeof types.InvoicesDocument,
    "\n  fragment SalesLineFields on SalesLine {\n    id\n    position\n    productId\n    productName\n    productSku\n    unit\n    quantity\n    unitBasePrice\n    unitPrice\n    discount\n    couponDiscount\n    taxRateBp\n    tax\n    total\n  }\n": typeof types.SalesLineFieldsFragmentDoc,
    "\n  fragment ProformaFields on Proforma {\n    ...ProformaListFields\n    notes\n    confirmedAt\n    cancelledAt\n    cancelReason\n    expiredAt\n    createdAtJalali\n    totals {\n      subtotal\n      discountTotal\n      couponDiscount\n      taxTotal\n      total\n    }\n    lines {\n      ...SalesLineFields\n    }\n  }\n": typeof types.ProformaFieldsFragmentDoc,
    "\n  query Proforma($id: ID!) {\n    proforma(id: $id) {\n      ...ProformaFields\n    }\n  }\n": typeof types.ProformaDocument,
    "\n  fragment ProformaListFields on Proforma {\n    id\n    number\n    status\n    source\n    createdAt\n    expiresAt\n    couponCode\n    contact {\n      id\n      fullName\n    }\n    owner {\n      id\n      fullName\n    }\n    totals {\n      subtotal\n      discountTotal\n      taxTotal\n      total\n    }\n    invoice {\n      id\n      numberDisplay\n    }\n  }\n": typeof types.ProformaListFieldsFragmentDoc,
    "\n  query Proformas($first: Int, $after: String, $filter: ProformaFilter) {\n    proformas(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProformaListFields\n        }\n      }\n    }\n  }\n": typeof types.ProformasDocument,
    "\n  mutation IssueInvoice($proformaId: ID!) {\n    issueInvoice(proformaId: $proformaId) {\n      ...InvoiceFields\n    }\n  }\n": typeof types.IssueInvoiceDocument,
    "\n  mutation MarkIssueDelivered($id: ID!) {\n    markIssueDelivered(id: $id) {\n      ...WarehouseIssueFields\n      invoice {\n        id\n      }\n    }\n  }\n": typeof types.MarkIssueDeliveredDocument,
    "\n  mutation MarkIssueShipped($id: ID!, $trackingCode: String) {\n    markIssueShipped(id: $id, trackingCode: $trackingCode) {\n      ...WarehouseIssueFields\n      invoice {\n        id\n      }\n    }\n  }\n": typeof types.MarkIssueShippedDocument,
    "\n  mutation RecordPayment($invoiceId: ID!, $input: RecordPaymentInput!, $idempotencyKey: String) {\n    recordPayment(invoiceId: $invoiceId, input: $input, idempotencyKey: $idempotencyKey) {\n      ...InvoiceFields\n    }\n  }\n": typeof types.RecordPaymentDocument,
    "\n  mutation ReturnWarehouseIssue($id: ID!) {\n    returnWarehouseIssue(id: $id) {\n      ...WarehouseIssueFields\n      invoice {\n        id\n      }\n    }\n  }\n": typeof types.ReturnWarehouseIssueDocument,
    "\n  fragment ProductOptionFields on Product {\n    id\n    sku\n    nameFa\n    nameEn\n    unit\n    basePrice\n    taxRateBp\n    availability {\n      available\n      status\n    }\n  }\n": typeof types.ProductOptionFieldsFragmentDoc,
    "\n  query SearchProducts($search: String, $first: Int) {\n    products(first: $first, filter: { search: $search, active: true }) {\n      edges {\n        node {\n          ...ProductOptionFields\n        }\n      }\n    }\n  }\n": typeof types.SearchProductsDocument,
    "\n  mutation UpdateProforma($id: ID!, $input: UpdateProformaInput!) {\n    updateProforma(id: $id, input: $input) {\n      ...ProformaFields\n    }\n  }\n": typeof types.UpdateProformaDocument,
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
    "\n  mutation AssignTicket($id: ID!, $assigneeId: ID) {\n    assignTicket(id: $id, assigneeId: $assigneeId) {\n      ...TicketFields\n    }\n  }\n": typeof types.AssignTicketDocument,
    "\n  mutation CloseTicket($id: ID!) {\n    closeTicket(id: $id) {\n      ...TicketFields\n    }\n  }\n": typeof types.CloseTicketDocument,
    "\n  mutation CreateTicketCategory($input: CreateTicketCategoryInput!) {\n    createTicketCategory(input: $input) {\n      id\n      nameFa\n      nameEn\n      queueId\n    }\n  }\n": typeof types.CreateTicketCategoryDocument,
    "\n  mutation CreateTicketQueue($input: TicketQueueInput!) {\n    createTicketQueue(input: $input) {\n      ...TicketQueueFields\n    }\n  }\n": typeof types.CreateTicketQueueDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!, $idempotencyKey: String) {\n    createTicket(input: $input, idempotencyKey: $idempotencyKey) {\n      ...TicketFields\n    }\n  }\n": typeof types.CreateTicketDocument,
    "\n  fragment BusinessCalendarFields on BusinessCalendarModel {\n    timeZone\n    isDefault\n    openNow\n    nextOpeningAt\n    week {\n      start\n      end\n    }\n    holidays {\n      calendar\n      year\n      month\n      day\n    }\n  }\n": typeof types.BusinessCalendarFieldsFragmentDoc,
    "\n  query BusinessCalendar {\n    businessCalendar {\n      ...BusinessCalendarFields\n    }\n  }\n": typeof types.BusinessCalendarDocument,
    "\n  query SlaPolicies {\n    slaPolicies {\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n      warnBeforeMinutes\n      isDefault\n    }\n  }\n": typeof types.SlaPoliciesDocument,
    "\n  query TicketCategories {\n    ticketCategories {\n      id\n      nameFa\n      nameEn\n      queueId\n    }\n  }\n": typeof types.TicketCategoriesDocument,
    "\n  query TicketMetrics($from: DateTime!, $to: DateTime!) {\n    ticketMetrics(from: $from, to: $to) {\n      total\n      complaints\n      complaintRate\n      open\n      byCategory {\n        categoryId\n        nameFa\n        nameEn\n        count\n        complaints\n      }\n      firstResponse {\n        count\n        medianMinutes\n      }\n      resolution {\n        count\n        medianMinutes\n      }\n      sla {\n        measured\n        complianceRate\n      }\n      csat {\n        responses\n        averageScore\n        satisfiedRate\n      }\n    }\n  }\n": typeof types.TicketMetricsDocument,
    "\n  fragment TicketQueueFields on TicketQueue {\n    id\n    name\n    assignmentMode\n    memberIds\n    fixedMemberId\n    supervisorMemberId\n  }\n": typeof types.TicketQueueFieldsFragmentDoc,
    "\n  query TicketQueues {\n    ticketQueues {\n      ...TicketQueueFields\n    }\n  }\n": typeof types.TicketQueuesDocument,
    "\n  fragment TicketFields on Ticket {\n    ...TicketListFields\n    reopenedCount\n    slaWarnedAt\n    resolutionWarnedAt\n    slaPausedAt\n    slaPausedMinutes\n    allowedTransitions\n    csatScore\n    csatComment\n    csatRequestedAt\n    csatRatedAt\n    tags\n    contact {\n      id\n      fullName\n      primaryPhone\n      email\n      city\n      stage\n    }\n    messages {\n      id\n      kind\n      body\n      channel\n      createdAt\n      authorContactId\n      author {\n        id\n        fullName\n      }\n      attachments {\n        id\n        fileName\n        contentType\n        sizeBytes\n        url\n      }\n    }\n    history {\n      id\n      kind\n      fromValue\n      toValue\n      data\n      createdAt\n      actor {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.TicketFieldsFragmentDoc,
    "\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketFields\n    }\n  }\n": typeof types.TicketDocument,
    "\n  fragment TicketListFields on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    type\n    channel\n    queueId\n    categoryId\n    createdAt\n    updatedAt\n    firstResponseAt\n    firstResponseDueAt\n    resolutionDueAt\n    resolvedAt\n    closedAt\n    slaBreachedAt\n    slaPausedAt\n    contact {\n      id\n      fullName\n    }\n    assignee {\n      id\n      fullName\n    }\n  }\n": typeof types.TicketListFieldsFragmentDoc,
    "\n  query Tickets($first: Int!, $after: String, $filter: TicketFilter) {\n    tickets(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TicketListFields\n        }\n      }\n    }\n  }\n": typeof types.TicketsDocument,
    "\n  mutation ReplyToTicket($id: ID!, $input: ReplyToTicketInput!) {\n    replyToTicket(id: $id, input: $input) {\n      ...TicketFields\n    }\n  }\n": typeof types.ReplyToTicketDocument,
    "\n  mutation ResolveTicket($id: ID!) {\n    resolveTicket(id: $id) {\n      ...TicketFields\n    }\n  }\n": typeof types.ResolveTicketDocument,
    "\n  mutation SetSlaPolicy($input: SlaPolicyInput!) {\n    setSlaPolicy(input: $input) {\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n      warnBeforeMinutes\n      isDefault\n    }\n  }\n": typeof types.SetSlaPolicyDocument,
    "\n  mutation SetTicketStatus($id: ID!, $status: TicketStatus!) {\n    setTicketStatus(id: $id, status: $status) {\n      ...TicketFields\n    }\n  }\n": typeof types.SetTicketStatusDocument,
    "\n  query TicketMacros {\n    ticketMacros {\n      id\n      name\n      body\n      updatedAt\n    }\n  }\n": typeof types.TicketMacrosDocument,
    "\n  mutation CreateTicketMacro($input: TicketMacroInput!) {\n    createTicketMacro(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateTicketMacroDocument,
    "\n  mutation UpdateTicketMacro($id: ID!, $input: TicketMacroInput!) {\n    updateTicketMacro(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateTicketMacroDocument,
    "\n  mutation DeleteTicketMacro($id: ID!) {\n    deleteTicketMacro(id: $id)\n  }\n": typeof types.DeleteTicketMacroDocument,
    "\n  query RenderTicketMacro($id: ID!, $ticketId: ID!) {\n    renderTicketMacro(id: $id, ticketId: $ticketId)\n  }\n": typeof types.RenderTicketMacroDocument,
    "\n  query TicketingSettings {\n    ticketingSettings {\n      autoCloseDays\n      smsKeywords\n      csatEnabled\n    }\n  }\n": typeof types.TicketingSettingsDocument,
    "\n  mutation UpdateTicketingSettings($input: UpdateTicketingSettingsInput!) {\n    updateTicketingSettings(input: $input) {\n      autoCloseDays\n      smsKeywords\n      csatEnabled\n    }\n  }\n": typeof types.UpdateTicketingSettingsDocument,
    "\n  mutation UpdateBusinessCalendar($input: UpdateBusinessCalendarInput!) {\n    updateBusinessCalendar(input: $input) {\n      ...BusinessCalendarFields\n    }\n  }\n": typeof types.UpdateBusinessCalendarDocument,
    "\n  mutation UpdateTicketQueue($id: ID!, $input: UpdateTicketQueueInput!) {\n    updateTicketQueue(id: $id, input: $input) {\n      ...TicketQueueFields\n    }\n  }\n": typeof types.UpdateTicketQueueDocument,
    "\n  mutation UpdateTicket($id: ID!, $input: UpdateTicketInput!) {\n    updateTicket(id: $id, input: $input) {\n      ...TicketFields\n    }\n  }\n": typeof types.UpdateTicketDocument,
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
    "\n  mutation CancelFollowUpEnrolment($id: ID!, $reason: String) {\n    cancelFollowUpEnrolment(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.CancelFollowUpEnrolmentDocument,
    "\n  mutation EnrolInFollowUpPlan($planId: ID!, $contactId: ID!) {\n    enrolInFollowUpPlan(planId: $planId, contactId: $contactId) {\n      id\n      status\n    }\n  }\n": types.EnrolInFollowUpPlanDocument,
    "\n  query FollowUpEnrolments($planId: ID, $status: FollowUpEnrolmentStatus) {\n    followUpEnrolments(planId: $planId, status: $status, first: 100) {\n      id\n      planId\n      planName\n      contactId\n      contactName\n      status\n      source\n      nextPosition\n      nextDueAt\n      enrolledAt\n      finishedAt\n      cancelReason\n      steps {\n        position\n        kind\n        status\n        reason\n        executedAt\n      }\n    }\n  }\n": types.FollowUpEnrolmentsDocument,
    "\n  query FollowUpCalls($scope: FollowUpCallScope, $mine: Boolean) {\n    followUpCalls(scope: $scope, mine: $mine) {\n      id\n      taskId\n      enrolmentId\n      planName\n      contactId\n      contactName\n      contactPhone\n      attempt\n      maxAttempts\n      callScript\n      dueAt\n    }\n  }\n": types.FollowUpCallsDocument,
    "\n  fragment FollowUpPlanFields on FollowUpPlan {\n    id\n    name\n    description\n    trigger\n    active\n    teamMemberIds\n    activeEnrolments\n    createdAt\n    steps {\n      id\n      position\n      kind\n      delayDays\n      templateKey\n      subject\n      body\n      callScript\n      maxAttempts\n      skipIfPurchased\n      skipIfReplied\n    }\n  }\n": types.FollowUpPlanFieldsFragmentDoc,
    "\n  query FollowUpPlans {\n    followUpPlans {\n      ...FollowUpPlanFields\n    }\n  }\n": types.FollowUpPlansDocument,
    "\n  query JobRuns($job: String, $status: JobRunStatus, $first: Int) {\n    jobRuns(job: $job, status: $status, first: $first) {\n      ...JobRunFields\n    }\n  }\n": types.JobRunsDocument,
    "\n  fragment JobRunFields on JobRun {\n    id\n    job\n    slot\n    day\n    workspaceOnly\n    trigger\n    status\n    queuedAt\n    startedAt\n    finishedAt\n    items\n    errorCount\n    errors {\n      message\n    }\n  }\n": types.JobRunFieldsFragmentDoc,
    "\n  query ScheduledJobs {\n    scheduledJobs {\n      job\n      kind\n      cron\n      timeZone\n      lastCompletedDay\n      lastRun {\n        ...JobRunFields\n      }\n    }\n  }\n": types.ScheduledJobsDocument,
    "\n  query UpcomingImportantDates($days: Int, $first: Int, $after: String) {\n    upcomingImportantDates(days: $days, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          importantDateId\n          kind\n          title\n          subjectName\n          contactId\n          occurrence\n          sendDay\n          channel\n          handled\n        }\n      }\n    }\n  }\n": types.UpcomingImportantDatesDocument,
    "\n  mutation RecordCallOutcome($input: RecordCallOutcomeInput!) {\n    recordCallOutcome(input: $input) {\n      id\n      outcome\n      attempt\n    }\n  }\n": types.RecordCallOutcomeDocument,
    "\n  mutation RunJobNow($job: String!, $day: String) {\n    runJobNow(job: $job, day: $day) {\n      ...JobRunFields\n    }\n  }\n": types.RunJobNowDocument,
    "\n  mutation CreateFollowUpPlan($input: FollowUpPlanInput!) {\n    createFollowUpPlan(input: $input) {\n      ...FollowUpPlanFields\n    }\n  }\n": types.CreateFollowUpPlanDocument,
    "\n  mutation UpdateFollowUpPlan($id: ID!, $input: FollowUpPlanInput!) {\n    updateFollowUpPlan(id: $id, input: $input) {\n      ...FollowUpPlanFields\n    }\n  }\n": types.UpdateFollowUpPlanDocument,
    "\n  subscription IncomingCall {\n    incomingCall {\n      callId\n      phone\n      direction\n      extension\n      isNewCaller\n      openTasks\n      contact {\n        id\n        fullName\n        stage\n        primaryPhone\n        owner {\n          id\n          fullName\n        }\n      }\n      lastInteractions {\n        id\n        kind\n        direction\n        occurredAt\n        summary\n        body\n        data\n      }\n    }\n  }\n": types.IncomingCallDocument,
    "\n  mutation SetStaffExtension($staffMemberId: ID!, $extension: String) {\n    setStaffExtension(staffMemberId: $staffMemberId, extension: $extension) {\n      id\n    }\n  }\n": types.SetStaffExtensionDocument,
    "\n  mutation ArchiveProduct($id: ID!) {\n    archiveProduct(id: $id) {\n      ...ProductFields\n    }\n  }\n": types.ArchiveProductDocument,
    "\n  mutation CreateCoupon($input: CreateCouponInput!) {\n    createCoupon(input: $input) {\n      ...CouponFields\n    }\n  }\n": types.CreateCouponDocument,
    "\n  mutation CreatePriceList($input: CreatePriceListInput!) {\n    createPriceList(input: $input) {\n      ...PriceListFields\n    }\n  }\n": types.CreatePriceListDocument,
    "\n  mutation CreateProductCategory($input: CreateProductCategoryInput!) {\n    createProductCategory(input: $input) {\n      ...ProductCategoryFields\n    }\n  }\n": types.CreateProductCategoryDocument,
    "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      ...ProductFields\n    }\n  }\n": types.CreateProductDocument,
    "\n  mutation DeactivateCoupon($id: ID!) {\n    deactivateCoupon(id: $id) {\n      ...CouponFields\n    }\n  }\n": types.DeactivateCouponDocument,
    "\n  fragment CouponFields on Coupon {\n    id\n    code\n    description\n    kind\n    value\n    maxDiscount\n    minOrderTotal\n    productIds\n    categoryIds\n    contactId\n    maxUses\n    perContactLimit\n    uses\n    validFrom\n    validTo\n    active\n    updatedAt\n  }\n": types.CouponFieldsFragmentDoc,
    "\n  query Coupons($first: Int, $after: String, $filter: CouponFilter) {\n    coupons(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CouponFields\n        }\n      }\n    }\n  }\n": types.CouponsDocument,
    "\n  fragment PriceListFields on PriceList {\n    id\n    name\n    kind\n    target\n    priority\n    active\n    validFrom\n    validTo\n    updatedAt\n    items {\n      id\n      productId\n      categoryId\n      price\n      discountBp\n      minQuantity\n    }\n  }\n": types.PriceListFieldsFragmentDoc,
    "\n  query PriceLists($first: Int, $after: String, $filter: PriceListFilter) {\n    priceLists(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PriceListFields\n        }\n      }\n    }\n  }\n": types.PriceListsDocument,
    "\n  fragment ProductCategoryFields on ProductCategory {\n    id\n    parentId\n    nameFa\n    nameEn\n    slug\n    tags\n    position\n    depth\n  }\n": types.ProductCategoryFieldsFragmentDoc,
    "\n  query ProductCategories {\n    productCategories {\n      ...ProductCategoryFields\n    }\n  }\n": types.ProductCategoriesDocument,
    "\n  query ProductName($id: ID!) {\n    product(id: $id) {\n      id\n      sku\n      nameFa\n      nameEn\n      unit\n    }\n  }\n": types.ProductNameDocument,
    "\n  fragment ProductFields on Product {\n    ...ProductListFields\n    description\n    imageUrls\n    createdAt\n    updatedAt\n    availability {\n      productId\n      lowStockThreshold\n    }\n  }\n": types.ProductFieldsFragmentDoc,
    "\n  query Product($id: ID!) {\n    product(id: $id) {\n      ...ProductFields\n    }\n  }\n": types.ProductDocument,
    "\n  fragment ProductListFields on Product {\n    id\n    sku\n    nameFa\n    nameEn\n    categoryId\n    unit\n    basePrice\n    taxRateBp\n    active\n    archivedAt\n    lowStockThreshold\n    availability {\n      productId\n      onHand\n      reserved\n      available\n      lowStock\n      status\n    }\n  }\n": types.ProductListFieldsFragmentDoc,
    "\n  query Products($first: Int, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProductListFields\n        }\n      }\n    }\n  }\n": types.ProductsDocument,
    "\n  query Quote($input: QuoteInput!) {\n    quote(input: $input) {\n      subtotal\n      discountTotal\n      couponDiscount\n      taxTotal\n      total\n      coupon {\n        id\n        code\n      }\n      problems {\n        field\n        message\n      }\n      lines {\n        productId\n        quantity\n        unitBasePrice\n        unitPrice\n        appliedPriceListId\n        discount\n        couponDiscount\n        taxRateBp\n        tax\n        total\n      }\n    }\n  }\n": types.QuoteDocument,
    "\n  mutation SetPriceListItems($priceListId: ID!, $items: [PriceListItemInput!]!) {\n    setPriceListItems(priceListId: $priceListId, items: $items) {\n      ...PriceListFields\n    }\n  }\n": types.SetPriceListItemsDocument,
    "\n  mutation UpdateCoupon($id: ID!, $input: UpdateCouponInput!) {\n    updateCoupon(id: $id, input: $input) {\n      ...CouponFields\n    }\n  }\n": types.UpdateCouponDocument,
    "\n  mutation UpdatePriceList($id: ID!, $input: UpdatePriceListInput!) {\n    updatePriceList(id: $id, input: $input) {\n      ...PriceListFields\n    }\n  }\n": types.UpdatePriceListDocument,
    "\n  mutation UpdateProductCategory($id: ID!, $input: UpdateProductCategoryInput!) {\n    updateProductCategory(id: $id, input: $input) {\n      ...ProductCategoryFields\n    }\n  }\n": types.UpdateProductCategoryDocument,
    "\n  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      ...ProductFields\n    }\n  }\n": types.UpdateProductDocument,
    "\n  fragment ClubMemberFields on ClubMember {\n    id\n    contactId\n    status\n    joinedAt\n    joinedVia\n    lastSignInAt\n    blockedAt\n    blockedReason\n    hasPassword\n    balance\n    tier {\n      id\n      code\n      name\n    }\n    contact {\n      id\n      fullName\n      primaryPhone\n    }\n  }\n": types.ClubMemberFieldsFragmentDoc,
    "\n  query ClubMembers($first: Int!, $after: String, $search: String, $status: ClubMemberStatus, $tierId: ID, $joinedVia: ClubJoinVia) {\n    clubMembers(first: $first, after: $after, search: $search, status: $status, tierId: $tierId, joinedVia: $joinedVia) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ClubMemberFields\n        }\n      }\n    }\n  }\n": types.ClubMembersDocument,
    "\n  query ClubMember($contactId: ID!) {\n    clubMember(contactId: $contactId) {\n      ...ClubMemberFields\n    }\n  }\n": types.ClubMemberDocument,
    "\n  mutation EnrollClubMember($contactId: ID!) {\n    enrollClubMember(contactId: $contactId) {\n      ...ClubMemberFields\n    }\n  }\n": types.EnrollClubMemberDocument,
    "\n  mutation BlockClubMember($input: BlockClubMemberInput!) {\n    blockClubMember(input: $input) {\n      ...ClubMemberFields\n    }\n  }\n": types.BlockClubMemberDocument,
    "\n  mutation UnblockClubMember($contactId: ID!) {\n    unblockClubMember(contactId: $contactId) {\n      ...ClubMemberFields\n    }\n  }\n": types.UnblockClubMemberDocument,
    "\n  fragment ClubNewsFields on ClubNewsItem {\n    id\n    kind\n    endsAt\n    closed\n    responseCount\n    questions {\n      id\n      text\n      textEn\n      type\n      required\n      options {\n        id\n        text\n        textEn\n      }\n    }\n    title\n    body\n    titleEn\n    bodyEn\n    url\n    imageUrl\n    ownPoints\n    points\n    publishedAt\n    archived\n    createdAt\n  }\n": types.ClubNewsFieldsFragmentDoc,
    "\n  query ClubNewsItems($first: Int!, $after: String) {\n    clubNewsItems(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ClubNewsFields\n        }\n      }\n    }\n  }\n": types.ClubNewsItemsDocument,
    "\n  mutation SaveClubNews($input: SaveClubNewsInput!) {\n    saveClubNews(input: $input) {\n      ...ClubNewsFields\n    }\n  }\n": types.SaveClubNewsDocument,
    "\n  query ClubNewsResults($id: ID!) {\n    clubNewsResults(id: $id) {\n      respondents\n      news {\n        ...ClubNewsFields\n      }\n      questions {\n        answered\n        texts\n        question {\n          id\n          text\n          type\n        }\n        options {\n          count\n          option {\n            id\n            text\n          }\n        }\n      }\n      entrants {\n        contactId\n        name\n        text\n        points\n        createdAt\n      }\n    }\n  }\n": types.ClubNewsResultsDocument,
    "\n  fragment ClubSettingsFields on ClubSettings {\n    enabled\n    approach\n    afterSalesPanel\n    displayNameFa\n    displayNameEn\n    logoUrl\n    primaryColor\n    slug\n    url\n  }\n": types.ClubSettingsFieldsFragmentDoc,
    "\n  query ClubSettings {\n    clubSettings {\n      ...ClubSettingsFields\n    }\n  }\n": types.ClubSettingsDocument,
    "\n  mutation UpdateClubSettings($input: UpdateClubSettingsInput!) {\n    updateClubSettings(input: $input) {\n      ...ClubSettingsFields\n    }\n  }\n": types.UpdateClubSettingsDocument,
    "\n  query ContactLoyalty($contactId: ID!, $entries: Int!) {\n    contactLoyalty(contactId: $contactId) {\n      contactId\n      balance\n      expiringSoon\n      lifetimeEarned\n      referralCode\n      tier {\n        basis\n        qualifying\n        progressPercent\n        toNext\n        windowMonths\n        since\n        current {\n          id\n          code\n          name\n        }\n        next {\n          id\n          code\n          name\n          threshold\n        }\n      }\n      vouchers {\n        id\n        code\n        kind\n        value\n        maxDiscount\n        minOrderTotal\n        validTo\n        origin\n        description\n      }\n      stampCards {\n        stamps\n        required\n        completed\n        reward {\n          id\n          name\n        }\n      }\n      entries(first: $entries) {\n        totalCount\n        edges {\n          node {\n            id\n            kind\n            source\n            delta\n            reason\n            createdAt\n            expiresAt\n            actor {\n              id\n              fullName\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ContactLoyaltyDocument,
    "\n  mutation AdjustPoints($input: AdjustPointsInput!) {\n    adjustPoints(input: $input) {\n      balance\n      entry {\n        id\n        delta\n      }\n    }\n  }\n": types.AdjustPointsDocument,
    "\n  fragment LoyaltySettingsFields on LoyaltySettings {\n    enabled\n    purchasePoints\n    purchaseUnit\n    callPoints\n    smsPoints\n    newsPoints\n    surveyPoints\n    contestPoints\n    referrerPoints\n    refereePoints\n    birthdayPoints\n    dailyCaps {\n      source\n      points\n    }\n    tierMultipliers\n    tierBasis\n    tierWindowMonths\n    expiryMonths\n    expiryWarningDays\n    nextVoucherEnabled\n    nextVoucherKind\n    nextVoucherValue\n    nextVoucherMaxDiscount\n    nextVoucherMinOrder\n    nextVoucherValidDays\n  }\n": types.LoyaltySettingsFieldsFragmentDoc,
    "\n  query LoyaltySettings {\n    loyaltySettings {\n      ...LoyaltySettingsFields\n    }\n  }\n": types.LoyaltySettingsDocument,
    "\n  mutation UpdateLoyaltySettings($input: UpdateLoyaltySettingsInput!) {\n    updateLoyaltySettings(input: $input) {\n      ...LoyaltySettingsFields\n    }\n  }\n": types.UpdateLoyaltySettingsDocument,
    "\n  fragment RewardFields on Reward {\n    id\n    kind\n    name\n    description\n    pointsCost\n    voucherKind\n    voucherValue\n    maxDiscount\n    minOrderTotal\n    validDays\n    productId\n    categoryId\n    stampsRequired\n    archived\n    createdAt\n  }\n": types.RewardFieldsFragmentDoc,
    "\n  query Rewards($first: Int!, $after: String, $includeArchived: Boolean!) {\n    rewards(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...RewardFields\n        }\n      }\n    }\n  }\n": types.RewardsDocument,
    "\n  mutation SaveReward($input: SaveRewardInput!) {\n    saveReward(input: $input) {\n      ...RewardFields\n    }\n  }\n": types.SaveRewardDocument,
    "\n  mutation ArchiveReward($id: ID!) {\n    archiveReward(id: $id) {\n      ...RewardFields\n    }\n  }\n": types.ArchiveRewardDocument,
    "\n  fragment TierFields on Tier {\n    id\n    code\n    name\n    threshold\n    multiplierPercent\n    priceListId\n    freeShipping\n    benefits\n  }\n": types.TierFieldsFragmentDoc,
    "\n  query Tiers {\n    tiers {\n      ...TierFields\n    }\n  }\n": types.TiersDocument,
    "\n  mutation SaveTier($input: SaveTierInput!) {\n    saveTier(input: $input) {\n      ...TierFields\n    }\n  }\n": types.SaveTierDocument,
    "\n  mutation DeleteTier($id: ID!) {\n    deleteTier(id: $id)\n  }\n": types.DeleteTierDocument,
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
    "\n  mutation AdjustStock($input: AdjustStockInput!) {\n    adjustStock(input: $input) {\n      ...StockLevelFields\n    }\n  }\n": types.AdjustStockDocument,
    "\n  mutation CreateWarehouse($input: CreateWarehouseInput!) {\n    createWarehouse(input: $input) {\n      ...WarehouseFields\n    }\n  }\n": types.CreateWarehouseDocument,
    "\n  fragment StockLevelFields on StockLevel {\n    id\n    productId\n    warehouseId\n    onHand\n    reserved\n    available\n    updatedAt\n    warehouse {\n      id\n      code\n      name\n    }\n  }\n": types.StockLevelFieldsFragmentDoc,
    "\n  query StockLevels($first: Int, $after: String, $filter: StockLevelFilter) {\n    stockLevels(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...StockLevelFields\n        }\n      }\n    }\n  }\n": types.StockLevelsDocument,
    "\n  fragment StockMovementFields on StockMovement {\n    id\n    kind\n    productId\n    warehouseId\n    quantity\n    deltaOnHand\n    deltaReserved\n    reason\n    reference\n    createdAt\n    warehouse {\n      id\n      code\n      name\n    }\n    actor {\n      id\n      fullName\n      email\n    }\n  }\n": types.StockMovementFieldsFragmentDoc,
    "\n  query StockMovements($first: Int, $after: String, $filter: StockMovementFilter) {\n    stockMovements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...StockMovementFields\n        }\n      }\n    }\n  }\n": types.StockMovementsDocument,
    "\n  fragment WarehouseFields on Warehouse {\n    id\n    code\n    name\n    address\n    isDefault\n    active\n    updatedAt\n  }\n": types.WarehouseFieldsFragmentDoc,
    "\n  query Warehouses {\n    warehouses {\n      ...WarehouseFields\n    }\n  }\n": types.WarehousesDocument,
    "\n  mutation ReceiveStock($input: ReceiveStockInput!) {\n    receiveStock(input: $input) {\n      ...StockLevelFields\n    }\n  }\n": types.ReceiveStockDocument,
    "\n  mutation TransferStock($input: TransferStockInput!) {\n    transferStock(input: $input) {\n      from {\n        ...StockLevelFields\n      }\n      to {\n        ...StockLevelFields\n      }\n    }\n  }\n": types.TransferStockDocument,
    "\n  mutation UpdateWarehouse($id: ID!, $input: UpdateWarehouseInput!) {\n    updateWarehouse(id: $id, input: $input) {\n      ...WarehouseFields\n    }\n  }\n": types.UpdateWarehouseDocument,
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
    "\n  fragment MessageListFields on Message {\n    id\n    contactId\n    contact {\n      id\n      fullName\n    }\n    memberId\n    channel\n    direction\n    purpose\n    recipient\n    subject\n    bodyText\n    templateKey\n    status\n    statusReason\n    attempts\n    createdAt\n  }\n": types.MessageListFieldsFragmentDoc,
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
    "\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) {\n      ...OpportunityFields\n    }\n  }\n": types.CreateOpportunityDocument,
    "\n  mutation CreatePipelineStage($input: CreatePipelineStageInput!) {\n    createPipelineStage(input: $input) {\n      ...PipelineStageFields\n    }\n  }\n": types.CreatePipelineStageDocument,
    "\n  fragment CommissionRuleFields on CommissionRule {\n    id\n    name\n    appliesTo\n    memberId\n    teamId\n    basis\n    tiers {\n      fromAmount\n      fromAttainmentPercent\n      rateBp\n    }\n  }\n": types.CommissionRuleFieldsFragmentDoc,
    "\n  query CommissionRules {\n    commissionRules {\n      ...CommissionRuleFields\n    }\n  }\n": types.CommissionRulesDocument,
    "\n  fragment OpportunityFields on Opportunity {\n    id\n    title\n    amount\n    weightedAmount\n    probability\n    probabilityOverridden\n    status\n    stageId\n    position\n    expectedCloseDate\n    expectedCloseDateJalali\n    notes\n    lostReason\n    wonAt\n    lostAt\n    proformaId\n    contactId\n    contact {\n      id\n      fullName\n    }\n    owner {\n      id\n      fullName\n    }\n  }\n": types.OpportunityFieldsFragmentDoc,
    "\n  query OpportunityBoard($filter: OpportunityFilter, $perStage: Int) {\n    opportunityBoard(filter: $filter, perStage: $perStage) {\n      columns {\n        count\n        amount\n        weightedAmount\n        stage {\n          ...PipelineStageFields\n        }\n        opportunities {\n          ...OpportunityFields\n        }\n      }\n    }\n  }\n": types.OpportunityBoardDocument,
    "\n  fragment PipelineStageFields on PipelineStage {\n    id\n    kind\n    nameFa\n    nameEn\n    position\n    probability\n  }\n": types.PipelineStageFieldsFragmentDoc,
    "\n  query PipelineStages {\n    pipelineStages {\n      ...PipelineStageFields\n    }\n  }\n": types.PipelineStagesDocument,
    "\n  query SalesPerformance($period: SalesPeriodInput!) {\n    salesPerformance(period: $period) {\n      period {\n        kind\n        jalaliYear\n        index\n        startsAt\n        endsAt\n      }\n      reps {\n        memberId\n        member {\n          id\n          fullName\n        }\n        target\n        achieved\n        attainmentPercent\n        commission\n        commissionRuleId\n      }\n      teams {\n        teamId\n        name\n        target\n        achieved\n        attainmentPercent\n        commission\n      }\n    }\n  }\n": types.SalesPerformanceDocument,
    "\n  query SalesQuotas($period: SalesPeriodInput!) {\n    salesQuotas(period: $period) {\n      id\n      memberId\n      teamId\n      jalaliYear\n      periodKind\n      periodIndex\n      target\n    }\n  }\n": types.SalesQuotasDocument,
    "\n  query SalesTeams {\n    salesTeams {\n      id\n      name\n      leadMemberId\n      memberIds\n    }\n  }\n": types.SalesTeamsDocument,
    "\n  mutation LoseOpportunity($id: ID!, $input: LoseOpportunityInput!) {\n    loseOpportunity(id: $id, input: $input) {\n      ...OpportunityFields\n    }\n  }\n": types.LoseOpportunityDocument,
    "\n  mutation MoveOpportunity($id: ID!, $input: MoveOpportunityInput!) {\n    moveOpportunity(id: $id, input: $input) {\n      ...OpportunityFields\n    }\n  }\n": types.MoveOpportunityDocument,
    "\n  mutation ReorderPipelineStages($stageIds: [ID!]!) {\n    reorderPipelineStages(stageIds: $stageIds) {\n      ...PipelineStageFields\n    }\n  }\n": types.ReorderPipelineStagesDocument,
    "\n  mutation SetCommissionRule($input: SetCommissionRuleInput!) {\n    setCommissionRule(input: $input) {\n      ...CommissionRuleFields\n    }\n  }\n": types.SetCommissionRuleDocument,
    "\n  mutation SetSalesQuota($input: SetSalesQuotaInput!) {\n    setSalesQuota(input: $input) {\n      id\n      target\n    }\n  }\n": types.SetSalesQuotaDocument,
    "\n  mutation UpdateOpportunity($id: ID!, $input: UpdateOpportunityInput!) {\n    updateOpportunity(id: $id, input: $input) {\n      ...OpportunityFields\n    }\n  }\n": types.UpdateOpportunityDocument,
    "\n  mutation UpdatePipelineStage($id: ID!, $input: UpdatePipelineStageInput!) {\n    updatePipelineStage(id: $id, input: $input) {\n      ...PipelineStageFields\n    }\n  }\n": types.UpdatePipelineStageDocument,
    "\n  mutation WinOpportunity($id: ID!) {\n    winOpportunity(id: $id) {\n      ...OpportunityFields\n    }\n  }\n": types.WinOpportunityDocument,
    "\n  fragment StaffAlertPreferenceFields on StaffAlertPreference {\n    event\n    description\n    channels\n    defaultChannels\n    customised\n  }\n": types.StaffAlertPreferenceFieldsFragmentDoc,
    "\n  query MyAlertPreferences {\n    myAlertPreferences {\n      ...StaffAlertPreferenceFields\n    }\n  }\n": types.MyAlertPreferencesDocument,
    "\n  fragment MyProfileFields on User {\n    id\n    email\n    fullName\n    locale\n    phone\n  }\n": types.MyProfileFieldsFragmentDoc,
    "\n  query MyProfile {\n    viewer {\n      user {\n        ...MyProfileFields\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation SetMyAlertPreference($event: String!, $channels: [MessagingChannel!]!) {\n    setMyAlertPreference(event: $event, channels: $channels) {\n      ...StaffAlertPreferenceFields\n    }\n  }\n": types.SetMyAlertPreferenceDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      ...MyProfileFields\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation CancelInvoice($id: ID!, $reason: String!) {\n    cancelInvoice(id: $id, reason: $reason) {\n      ...InvoiceFields\n    }\n  }\n": types.CancelInvoiceDocument,
    "\n  mutation CancelProforma($id: ID!, $reason: String!) {\n    cancelProforma(id: $id, reason: $reason) {\n      ...ProformaFields\n    }\n  }\n": types.CancelProformaDocument,
    "\n  mutation ConfirmProforma($id: ID!, $expiresInDays: Int) {\n    confirmProforma(id: $id, expiresInDays: $expiresInDays) {\n      ...ProformaFields\n    }\n  }\n": types.ConfirmProformaDocument,
    "\n  mutation CreateProforma($input: CreateProformaInput!, $idempotencyKey: String) {\n    createProforma(input: $input, idempotencyKey: $idempotencyKey) {\n      ...ProformaFields\n    }\n  }\n": types.CreateProformaDocument,
    "\n  mutation CreateWarehouseIssue($invoiceId: ID!) {\n    createWarehouseIssue(invoiceId: $invoiceId) {\n      ...WarehouseIssueFields\n      invoice {\n        id\n      }\n    }\n  }\n": types.CreateWarehouseIssueDocument,
    "\n  fragment WarehouseIssueFields on WarehouseIssue {\n    id\n    number\n    status\n    issuedAt\n    issuedAtJalali\n    shippedAt\n    deliveredAt\n    returnedAt\n    cancelledAt\n    trackingCode\n    lines {\n      productId\n      productName\n      productSku\n      quantity\n      returnedQuantity\n    }\n  }\n": types.WarehouseIssueFieldsFragmentDoc,
    "\n  fragment InvoiceFields on Invoice {\n    ...InvoiceListFields\n    issuedAtJalali\n    cancelledAt\n    cancelReason\n    completedAt\n    totals {\n      subtotal\n      discountTotal\n      couponDiscount\n      taxTotal\n      total\n    }\n    seller {\n      name\n      displayCurrency\n      timezone\n    }\n    contact {\n      id\n      fullName\n      primaryPhone\n      email\n      address\n      city\n      province\n    }\n    owner {\n      id\n      fullName\n    }\n    proforma {\n      id\n      number\n      couponCode\n      notes\n    }\n    lines {\n      ...SalesLineFields\n    }\n    payments {\n      id\n      amount\n      method\n      reference\n      paidAt\n      paidAtJalali\n      recordedBy {\n        id\n        fullName\n      }\n    }\n    warehouseIssue {\n      ...WarehouseIssueFields\n    }\n  }\n": types.InvoiceFieldsFragmentDoc,
    "\n  query Invoice($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceFields\n    }\n  }\n": types.InvoiceDocument,
    "\n  fragment InvoiceListFields on Invoice {\n    id\n    number\n    numberDisplay\n    jalaliYear\n    status\n    paymentStatus\n    issuedAt\n    paidTotal\n    balance\n    totals {\n      total\n    }\n    contact {\n      id\n      fullName\n    }\n    warehouseIssue {\n      id\n      status\n    }\n  }\n": types.InvoiceListFieldsFragmentDoc,
    "\n  query Invoices($first: Int, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InvoiceListFields\n        }\n      }\n    }\n  }\n": types.InvoicesDocument,
    "\n  fragment SalesLineFields on SalesLine {\n    id\n    position\n    productId\n    productName\n    productSku\n    unit\n    quantity\n    unitBasePrice\n    unitPrice\n    discount\n    couponDiscount\n    taxRateBp\n    tax\n    total\n  }\n": types.SalesLineFieldsFragmentDoc,
    "\n  fragment ProformaFields on Proforma {\n    ...ProformaListFields\n    notes\n    confirmedAt\n    cancelledAt\n    cancelReason\n    expiredAt\n    createdAtJalali\n    totals {\n      subtotal\n      discountTotal\n      couponDiscount\n      taxTotal\n      total\n    }\n    lines {\n      ...SalesLineFields\n    }\n  }\n": types.ProformaFieldsFragmentDoc,
    "\n  query Proforma($id: ID!) {\n    proforma(id: $id) {\n      ...ProformaFields\n    }\n  }\n": types.ProformaDocument,
    "\n  fragment ProformaListFields on Proforma {\n    id\n    number\n    status\n    source\n    createdAt\n    expiresAt\n    couponCode\n    contact {\n      id\n      fullName\n    }\n    owner {\n      id\n      fullName\n    }\n    totals {\n      subtotal\n      discountTotal\n      taxTotal\n      total\n    }\n    invoice {\n      id\n      numberDisplay\n    }\n  }\n": types.ProformaListFieldsFragmentDoc,
    "\n  query Proformas($first: Int, $after: String, $filter: ProformaFilter) {\n    proformas(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProformaListFields\n        }\n      }\n    }\n  }\n": types.ProformasDocument,
    "\n  mutation IssueInvoice($proformaId: ID!) {\n    issueInvoice(proformaId: $proformaId) {\n      ...InvoiceFields\n    }\n  }\n": types.IssueInvoiceDocument,
    "\n  mutation MarkIssueDelivered($id: ID!) {\n    markIssueDelivered(id: $id) {\n      ...WarehouseIssueFields\n      invoice {\n        id\n      }\n    }\n  }\n": types.MarkIssueDeliveredDocument,
    "\n  mutation MarkIssueShipped($id: ID!, $trackingCode: String) {\n    markIssueShipped(id: $id, trackingCode: $trackingCode) {\n      ...WarehouseIssueFields\n      invoice {\n        id\n      }\n    }\n  }\n": types.MarkIssueShippedDocument,
    "\n  mutation RecordPayment($invoiceId: ID!, $input: RecordPaymentInput!, $idempotencyKey: String) {\n    recordPayment(invoiceId: $invoiceId, input: $input, idempotencyKey: $idempotencyKey) {\n      ...InvoiceFields\n    }\n  }\n": types.RecordPaymentDocument,
    "\n  mutation ReturnWarehouseIssue($id: ID!) {\n    returnWarehouseIssue(id: $id) {\n      ...WarehouseIssueFields\n      invoice {\n        id\n      }\n    }\n  }\n": types.ReturnWarehouseIssueDocument,
    "\n  fragment ProductOptionFields on Product {\n    id\n    sku\n    nameFa\n    nameEn\n    unit\n    basePrice\n    taxRateBp\n    availability {\n      available\n      status\n    }\n  }\n": types.ProductOptionFieldsFragmentDoc,
    "\n  query SearchProducts($search: String, $first: Int) {\n    products(first: $first, filter: { search: $search, active: true }) {\n      edges {\n        node {\n          ...ProductOptionFields\n        }\n      }\n    }\n  }\n": types.SearchProductsDocument,
    "\n  mutation UpdateProforma($id: ID!, $input: UpdateProformaInput!) {\n    updateProforma(id: $id, input: $input) {\n      ...ProformaFields\n    }\n  }\n": types.UpdateProformaDocument,
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
    "\n  mutation AssignTicket($id: ID!, $assigneeId: ID) {\n    assignTicket(id: $id, assigneeId: $assigneeId) {\n      ...TicketFields\n    }\n  }\n": types.AssignTicketDocument,
    "\n  mutation CloseTicket($id: ID!) {\n    closeTicket(id: $id) {\n      ...TicketFields\n    }\n  }\n": types.CloseTicketDocument,
    "\n  mutation CreateTicketCategory($input: CreateTicketCategoryInput!) {\n    createTicketCategory(input: $input) {\n      id\n      nameFa\n      nameEn\n      queueId\n    }\n  }\n": types.CreateTicketCategoryDocument,
    "\n  mutation CreateTicketQueue($input: TicketQueueInput!) {\n    createTicketQueue(input: $input) {\n      ...TicketQueueFields\n    }\n  }\n": types.CreateTicketQueueDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!, $idempotencyKey: String) {\n    createTicket(input: $input, idempotencyKey: $idempotencyKey) {\n      ...TicketFields\n    }\n  }\n": types.CreateTicketDocument,
    "\n  fragment BusinessCalendarFields on BusinessCalendarModel {\n    timeZone\n    isDefault\n    openNow\n    nextOpeningAt\n    week {\n      start\n      end\n    }\n    holidays {\n      calendar\n      year\n      month\n      day\n    }\n  }\n": types.BusinessCalendarFieldsFragmentDoc,
    "\n  query BusinessCalendar {\n    businessCalendar {\n      ...BusinessCalendarFields\n    }\n  }\n": types.BusinessCalendarDocument,
    "\n  query SlaPolicies {\n    slaPolicies {\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n      warnBeforeMinutes\n      isDefault\n    }\n  }\n": types.SlaPoliciesDocument,
    "\n  query TicketCategories {\n    ticketCategories {\n      id\n      nameFa\n      nameEn\n      queueId\n    }\n  }\n": types.TicketCategoriesDocument,
    "\n  query TicketMetrics($from: DateTime!, $to: DateTime!) {\n    ticketMetrics(from: $from, to: $to) {\n      total\n      complaints\n      complaintRate\n      open\n      byCategory {\n        categoryId\n        nameFa\n        nameEn\n        count\n        complaints\n      }\n      firstResponse {\n        count\n        medianMinutes\n      }\n      resolution {\n        count\n        medianMinutes\n      }\n      sla {\n        measured\n        complianceRate\n      }\n      csat {\n        responses\n        averageScore\n        satisfiedRate\n      }\n    }\n  }\n": types.TicketMetricsDocument,
    "\n  fragment TicketQueueFields on TicketQueue {\n    id\n    name\n    assignmentMode\n    memberIds\n    fixedMemberId\n    supervisorMemberId\n  }\n": types.TicketQueueFieldsFragmentDoc,
    "\n  query TicketQueues {\n    ticketQueues {\n      ...TicketQueueFields\n    }\n  }\n": types.TicketQueuesDocument,
    "\n  fragment TicketFields on Ticket {\n    ...TicketListFields\n    reopenedCount\n    slaWarnedAt\n    resolutionWarnedAt\n    slaPausedAt\n    slaPausedMinutes\n    allowedTransitions\n    csatScore\n    csatComment\n    csatRequestedAt\n    csatRatedAt\n    tags\n    contact {\n      id\n      fullName\n      primaryPhone\n      email\n      city\n      stage\n    }\n    messages {\n      id\n      kind\n      body\n      channel\n      createdAt\n      authorContactId\n      author {\n        id\n        fullName\n      }\n      attachments {\n        id\n        fileName\n        contentType\n        sizeBytes\n        url\n      }\n    }\n    history {\n      id\n      kind\n      fromValue\n      toValue\n      data\n      createdAt\n      actor {\n        id\n        fullName\n      }\n    }\n  }\n": types.TicketFieldsFragmentDoc,
    "\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketFields\n    }\n  }\n": types.TicketDocument,
    "\n  fragment TicketListFields on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    type\n    channel\n    queueId\n    categoryId\n    createdAt\n    updatedAt\n    firstResponseAt\n    firstResponseDueAt\n    resolutionDueAt\n    resolvedAt\n    closedAt\n    slaBreachedAt\n    slaPausedAt\n    contact {\n      id\n      fullName\n    }\n    assignee {\n      id\n      fullName\n    }\n  }\n": types.TicketListFieldsFragmentDoc,
    "\n  query Tickets($first: Int!, $after: String, $filter: TicketFilter) {\n    tickets(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TicketListFields\n        }\n      }\n    }\n  }\n": types.TicketsDocument,
    "\n  mutation ReplyToTicket($id: ID!, $input: ReplyToTicketInput!) {\n    replyToTicket(id: $id, input: $input) {\n      ...TicketFields\n    }\n  }\n": types.ReplyToTicketDocument,
    "\n  mutation ResolveTicket($id: ID!) {\n    resolveTicket(id: $id) {\n      ...TicketFields\n    }\n  }\n": types.ResolveTicketDocument,
    "\n  mutation SetSlaPolicy($input: SlaPolicyInput!) {\n    setSlaPolicy(input: $input) {\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n      warnBeforeMinutes\n      isDefault\n    }\n  }\n": types.SetSlaPolicyDocument,
    "\n  mutation SetTicketStatus($id: ID!, $status: TicketStatus!) {\n    setTicketStatus(id: $id, status: $status) {\n      ...TicketFields\n    }\n  }\n": types.SetTicketStatusDocument,
    "\n  query TicketMacros {\n    ticketMacros {\n      id\n      name\n      body\n      updatedAt\n    }\n  }\n": types.TicketMacrosDocument,
    "\n  mutation CreateTicketMacro($input: TicketMacroInput!) {\n    createTicketMacro(input: $input) {\n      id\n    }\n  }\n": types.CreateTicketMacroDocument,
    "\n  mutation UpdateTicketMacro($id: ID!, $input: TicketMacroInput!) {\n    updateTicketMacro(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateTicketMacroDocument,
    "\n  mutation DeleteTicketMacro($id: ID!) {\n    deleteTicketMacro(id: $id)\n  }\n": types.DeleteTicketMacroDocument,
    "\n  query RenderTicketMacro($id: ID!, $ticketId: ID!) {\n    renderTicketMacro(id: $id, ticketId: $ticketId)\n  }\n": types.RenderTicketMacroDocument,
    "\n  query TicketingSettings {\n    ticketingSettings {\n      autoCloseDays\n      smsKeywords\n      csatEnabled\n    }\n  }\n": types.TicketingSettingsDocument,
    "\n  mutation UpdateTicketingSettings($input: UpdateTicketingSettingsInput!) {\n    updateTicketingSettings(input: $input) {\n      autoCloseDays\n      smsKeywords\n      csatEnabled\n    }\n  }\n": types.UpdateTicketingSettingsDocument,
    "\n  mutation UpdateBusinessCalendar($input: UpdateBusinessCalendarInput!) {\n    updateBusinessCalendar(input: $input) {\n      ...BusinessCalendarFields\n    }\n  }\n": types.UpdateBusinessCalendarDocument,
    "\n  mutation UpdateTicketQueue($id: ID!, $input: UpdateTicketQueueInput!) {\n    updateTicketQueue(id: $id, input: $input) {\n      ...TicketQueueFields\n    }\n  }\n": types.UpdateTicketQueueDocument,
    "\n  mutation UpdateTicket($id: ID!, $input: UpdateTicketInput!) {\n    updateTicket(id: $id, input: $input) {\n      ...TicketFields\n    }\n  }\n": types.UpdateTicketDocument,
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
export function graphql(source: "\n  mutation CancelFollowUpEnrolment($id: ID!, $reason: String) {\n    cancelFollowUpEnrolment(id: $id, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CancelFollowUpEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolInFollowUpPlan($planId: ID!, $contactId: ID!) {\n    enrolInFollowUpPlan(planId: $planId, contactId: $contactId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').EnrolInFollowUpPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpEnrolments($planId: ID, $status: FollowUpEnrolmentStatus) {\n    followUpEnrolments(planId: $planId, status: $status, first: 100) {\n      id\n      planId\n      planName\n      contactId\n      contactName\n      status\n      source\n      nextPosition\n      nextDueAt\n      enrolledAt\n      finishedAt\n      cancelReason\n      steps {\n        position\n        kind\n        status\n        reason\n        executedAt\n      }\n    }\n  }\n"): typeof import('./graphql').FollowUpEnrolmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpCalls($scope: FollowUpCallScope, $mine: Boolean) {\n    followUpCalls(scope: $scope, mine: $mine) {\n      id\n      taskId\n      enrolmentId\n      planName\n      contactId\n      contactName\n      contactPhone\n      attempt\n      maxAttempts\n      callScript\n      dueAt\n    }\n  }\n"): typeof import('./graphql').FollowUpCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpPlanFields on FollowUpPlan {\n    id\n    name\n    description\n    trigger\n    active\n    teamMemberIds\n    activeEnrolments\n    createdAt\n    steps {\n      id\n      position\n      kind\n      delayDays\n      templateKey\n      subject\n      body\n      callScript\n      maxAttempts\n      skipIfPurchased\n      skipIfReplied\n    }\n  }\n"): typeof import('./graphql').FollowUpPlanFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FollowUpPlans {\n    followUpPlans {\n      ...FollowUpPlanFields\n    }\n  }\n"): typeof import('./graphql').FollowUpPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JobRuns($job: String, $status: JobRunStatus, $first: Int) {\n    jobRuns(job: $job, status: $status, first: $first) {\n      ...JobRunFields\n    }\n  }\n"): typeof import('./graphql').JobRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JobRunFields on JobRun {\n    id\n    job\n    slot\n    day\n    workspaceOnly\n    trigger\n    status\n    queuedAt\n    startedAt\n    finishedAt\n    items\n    errorCount\n    errors {\n      message\n    }\n  }\n"): typeof import('./graphql').JobRunFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScheduledJobs {\n    scheduledJobs {\n      job\n      kind\n      cron\n      timeZone\n      lastCompletedDay\n      lastRun {\n        ...JobRunFields\n      }\n    }\n  }\n"): typeof import('./graphql').ScheduledJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UpcomingImportantDates($days: Int, $first: Int, $after: String) {\n    upcomingImportantDates(days: $days, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          importantDateId\n          kind\n          title\n          subjectName\n          contactId\n          occurrence\n          sendDay\n          channel\n          handled\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').UpcomingImportantDatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCallOutcome($input: RecordCallOutcomeInput!) {\n    recordCallOutcome(input: $input) {\n      id\n      outcome\n      attempt\n    }\n  }\n"): typeof import('./graphql').RecordCallOutcomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunJobNow($job: String!, $day: String) {\n    runJobNow(job: $job, day: $day) {\n      ...JobRunFields\n    }\n  }\n"): typeof import('./graphql').RunJobNowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFollowUpPlan($input: FollowUpPlanInput!) {\n    createFollowUpPlan(input: $input) {\n      ...FollowUpPlanFields\n    }\n  }\n"): typeof import('./graphql').CreateFollowUpPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFollowUpPlan($id: ID!, $input: FollowUpPlanInput!) {\n    updateFollowUpPlan(id: $id, input: $input) {\n      ...FollowUpPlanFields\n    }\n  }\n"): typeof import('./graphql').UpdateFollowUpPlanDocument;
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
export function graphql(source: "\n  mutation ArchiveProduct($id: ID!) {\n    archiveProduct(id: $id) {\n      ...ProductFields\n    }\n  }\n"): typeof import('./graphql').ArchiveProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCoupon($input: CreateCouponInput!) {\n    createCoupon(input: $input) {\n      ...CouponFields\n    }\n  }\n"): typeof import('./graphql').CreateCouponDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePriceList($input: CreatePriceListInput!) {\n    createPriceList(input: $input) {\n      ...PriceListFields\n    }\n  }\n"): typeof import('./graphql').CreatePriceListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProductCategory($input: CreateProductCategoryInput!) {\n    createProductCategory(input: $input) {\n      ...ProductCategoryFields\n    }\n  }\n"): typeof import('./graphql').CreateProductCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) {\n      ...ProductFields\n    }\n  }\n"): typeof import('./graphql').CreateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateCoupon($id: ID!) {\n    deactivateCoupon(id: $id) {\n      ...CouponFields\n    }\n  }\n"): typeof import('./graphql').DeactivateCouponDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CouponFields on Coupon {\n    id\n    code\n    description\n    kind\n    value\n    maxDiscount\n    minOrderTotal\n    productIds\n    categoryIds\n    contactId\n    maxUses\n    perContactLimit\n    uses\n    validFrom\n    validTo\n    active\n    updatedAt\n  }\n"): typeof import('./graphql').CouponFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coupons($first: Int, $after: String, $filter: CouponFilter) {\n    coupons(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...CouponFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CouponsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriceListFields on PriceList {\n    id\n    name\n    kind\n    target\n    priority\n    active\n    validFrom\n    validTo\n    updatedAt\n    items {\n      id\n      productId\n      categoryId\n      price\n      discountBp\n      minQuantity\n    }\n  }\n"): typeof import('./graphql').PriceListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceLists($first: Int, $after: String, $filter: PriceListFilter) {\n    priceLists(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PriceListFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PriceListsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductCategoryFields on ProductCategory {\n    id\n    parentId\n    nameFa\n    nameEn\n    slug\n    tags\n    position\n    depth\n  }\n"): typeof import('./graphql').ProductCategoryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductCategories {\n    productCategories {\n      ...ProductCategoryFields\n    }\n  }\n"): typeof import('./graphql').ProductCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductName($id: ID!) {\n    product(id: $id) {\n      id\n      sku\n      nameFa\n      nameEn\n      unit\n    }\n  }\n"): typeof import('./graphql').ProductNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductFields on Product {\n    ...ProductListFields\n    description\n    imageUrls\n    createdAt\n    updatedAt\n    availability {\n      productId\n      lowStockThreshold\n    }\n  }\n"): typeof import('./graphql').ProductFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Product($id: ID!) {\n    product(id: $id) {\n      ...ProductFields\n    }\n  }\n"): typeof import('./graphql').ProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductListFields on Product {\n    id\n    sku\n    nameFa\n    nameEn\n    categoryId\n    unit\n    basePrice\n    taxRateBp\n    active\n    archivedAt\n    lowStockThreshold\n    availability {\n      productId\n      onHand\n      reserved\n      available\n      lowStock\n      status\n    }\n  }\n"): typeof import('./graphql').ProductListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Products($first: Int, $after: String, $filter: ProductFilter) {\n    products(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProductListFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Quote($input: QuoteInput!) {\n    quote(input: $input) {\n      subtotal\n      discountTotal\n      couponDiscount\n      taxTotal\n      total\n      coupon {\n        id\n        code\n      }\n      problems {\n        field\n        message\n      }\n      lines {\n        productId\n        quantity\n        unitBasePrice\n        unitPrice\n        appliedPriceListId\n        discount\n        couponDiscount\n        taxRateBp\n        tax\n        total\n      }\n    }\n  }\n"): typeof import('./graphql').QuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPriceListItems($priceListId: ID!, $items: [PriceListItemInput!]!) {\n    setPriceListItems(priceListId: $priceListId, items: $items) {\n      ...PriceListFields\n    }\n  }\n"): typeof import('./graphql').SetPriceListItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCoupon($id: ID!, $input: UpdateCouponInput!) {\n    updateCoupon(id: $id, input: $input) {\n      ...CouponFields\n    }\n  }\n"): typeof import('./graphql').UpdateCouponDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePriceList($id: ID!, $input: UpdatePriceListInput!) {\n    updatePriceList(id: $id, input: $input) {\n      ...PriceListFields\n    }\n  }\n"): typeof import('./graphql').UpdatePriceListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProductCategory($id: ID!, $input: UpdateProductCategoryInput!) {\n    updateProductCategory(id: $id, input: $input) {\n      ...ProductCategoryFields\n    }\n  }\n"): typeof import('./graphql').UpdateProductCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      ...ProductFields\n    }\n  }\n"): typeof import('./graphql').UpdateProductDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClubMemberFields on ClubMember {\n    id\n    contactId\n    status\n    joinedAt\n    joinedVia\n    lastSignInAt\n    blockedAt\n    blockedReason\n    hasPassword\n    balance\n    tier {\n      id\n      code\n      name\n    }\n    contact {\n      id\n      fullName\n      primaryPhone\n    }\n  }\n"): typeof import('./graphql').ClubMemberFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClubMembers($first: Int!, $after: String, $search: String, $status: ClubMemberStatus, $tierId: ID, $joinedVia: ClubJoinVia) {\n    clubMembers(first: $first, after: $after, search: $search, status: $status, tierId: $tierId, joinedVia: $joinedVia) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ClubMemberFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ClubMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClubMember($contactId: ID!) {\n    clubMember(contactId: $contactId) {\n      ...ClubMemberFields\n    }\n  }\n"): typeof import('./graphql').ClubMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrollClubMember($contactId: ID!) {\n    enrollClubMember(contactId: $contactId) {\n      ...ClubMemberFields\n    }\n  }\n"): typeof import('./graphql').EnrollClubMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockClubMember($input: BlockClubMemberInput!) {\n    blockClubMember(input: $input) {\n      ...ClubMemberFields\n    }\n  }\n"): typeof import('./graphql').BlockClubMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnblockClubMember($contactId: ID!) {\n    unblockClubMember(contactId: $contactId) {\n      ...ClubMemberFields\n    }\n  }\n"): typeof import('./graphql').UnblockClubMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClubNewsFields on ClubNewsItem {\n    id\n    kind\n    endsAt\n    closed\n    responseCount\n    questions {\n      id\n      text\n      textEn\n      type\n      required\n      options {\n        id\n        text\n        textEn\n      }\n    }\n    title\n    body\n    titleEn\n    bodyEn\n    url\n    imageUrl\n    ownPoints\n    points\n    publishedAt\n    archived\n    createdAt\n  }\n"): typeof import('./graphql').ClubNewsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClubNewsItems($first: Int!, $after: String) {\n    clubNewsItems(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ClubNewsFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ClubNewsItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveClubNews($input: SaveClubNewsInput!) {\n    saveClubNews(input: $input) {\n      ...ClubNewsFields\n    }\n  }\n"): typeof import('./graphql').SaveClubNewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClubNewsResults($id: ID!) {\n    clubNewsResults(id: $id) {\n      respondents\n      news {\n        ...ClubNewsFields\n      }\n      questions {\n        answered\n        texts\n        question {\n          id\n          text\n          type\n        }\n        options {\n          count\n          option {\n            id\n            text\n          }\n        }\n      }\n      entrants {\n        contactId\n        name\n        text\n        points\n        createdAt\n      }\n    }\n  }\n"): typeof import('./graphql').ClubNewsResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClubSettingsFields on ClubSettings {\n    enabled\n    approach\n    afterSalesPanel\n    displayNameFa\n    displayNameEn\n    logoUrl\n    primaryColor\n    slug\n    url\n  }\n"): typeof import('./graphql').ClubSettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClubSettings {\n    clubSettings {\n      ...ClubSettingsFields\n    }\n  }\n"): typeof import('./graphql').ClubSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateClubSettings($input: UpdateClubSettingsInput!) {\n    updateClubSettings(input: $input) {\n      ...ClubSettingsFields\n    }\n  }\n"): typeof import('./graphql').UpdateClubSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactLoyalty($contactId: ID!, $entries: Int!) {\n    contactLoyalty(contactId: $contactId) {\n      contactId\n      balance\n      expiringSoon\n      lifetimeEarned\n      referralCode\n      tier {\n        basis\n        qualifying\n        progressPercent\n        toNext\n        windowMonths\n        since\n        current {\n          id\n          code\n          name\n        }\n        next {\n          id\n          code\n          name\n          threshold\n        }\n      }\n      vouchers {\n        id\n        code\n        kind\n        value\n        maxDiscount\n        minOrderTotal\n        validTo\n        origin\n        description\n      }\n      stampCards {\n        stamps\n        required\n        completed\n        reward {\n          id\n          name\n        }\n      }\n      entries(first: $entries) {\n        totalCount\n        edges {\n          node {\n            id\n            kind\n            source\n            delta\n            reason\n            createdAt\n            expiresAt\n            actor {\n              id\n              fullName\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContactLoyaltyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustPoints($input: AdjustPointsInput!) {\n    adjustPoints(input: $input) {\n      balance\n      entry {\n        id\n        delta\n      }\n    }\n  }\n"): typeof import('./graphql').AdjustPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LoyaltySettingsFields on LoyaltySettings {\n    enabled\n    purchasePoints\n    purchaseUnit\n    callPoints\n    smsPoints\n    newsPoints\n    surveyPoints\n    contestPoints\n    referrerPoints\n    refereePoints\n    birthdayPoints\n    dailyCaps {\n      source\n      points\n    }\n    tierMultipliers\n    tierBasis\n    tierWindowMonths\n    expiryMonths\n    expiryWarningDays\n    nextVoucherEnabled\n    nextVoucherKind\n    nextVoucherValue\n    nextVoucherMaxDiscount\n    nextVoucherMinOrder\n    nextVoucherValidDays\n  }\n"): typeof import('./graphql').LoyaltySettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LoyaltySettings {\n    loyaltySettings {\n      ...LoyaltySettingsFields\n    }\n  }\n"): typeof import('./graphql').LoyaltySettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLoyaltySettings($input: UpdateLoyaltySettingsInput!) {\n    updateLoyaltySettings(input: $input) {\n      ...LoyaltySettingsFields\n    }\n  }\n"): typeof import('./graphql').UpdateLoyaltySettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RewardFields on Reward {\n    id\n    kind\n    name\n    description\n    pointsCost\n    voucherKind\n    voucherValue\n    maxDiscount\n    minOrderTotal\n    validDays\n    productId\n    categoryId\n    stampsRequired\n    archived\n    createdAt\n  }\n"): typeof import('./graphql').RewardFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Rewards($first: Int!, $after: String, $includeArchived: Boolean!) {\n    rewards(first: $first, after: $after, includeArchived: $includeArchived) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...RewardFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RewardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReward($input: SaveRewardInput!) {\n    saveReward(input: $input) {\n      ...RewardFields\n    }\n  }\n"): typeof import('./graphql').SaveRewardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveReward($id: ID!) {\n    archiveReward(id: $id) {\n      ...RewardFields\n    }\n  }\n"): typeof import('./graphql').ArchiveRewardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TierFields on Tier {\n    id\n    code\n    name\n    threshold\n    multiplierPercent\n    priceListId\n    freeShipping\n    benefits\n  }\n"): typeof import('./graphql').TierFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tiers {\n    tiers {\n      ...TierFields\n    }\n  }\n"): typeof import('./graphql').TiersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveTier($input: SaveTierInput!) {\n    saveTier(input: $input) {\n      ...TierFields\n    }\n  }\n"): typeof import('./graphql').SaveTierDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTier($id: ID!) {\n    deleteTier(id: $id)\n  }\n"): typeof import('./graphql').DeleteTierDocument;
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
export function graphql(source: "\n  mutation AdjustStock($input: AdjustStockInput!) {\n    adjustStock(input: $input) {\n      ...StockLevelFields\n    }\n  }\n"): typeof import('./graphql').AdjustStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWarehouse($input: CreateWarehouseInput!) {\n    createWarehouse(input: $input) {\n      ...WarehouseFields\n    }\n  }\n"): typeof import('./graphql').CreateWarehouseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StockLevelFields on StockLevel {\n    id\n    productId\n    warehouseId\n    onHand\n    reserved\n    available\n    updatedAt\n    warehouse {\n      id\n      code\n      name\n    }\n  }\n"): typeof import('./graphql').StockLevelFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StockLevels($first: Int, $after: String, $filter: StockLevelFilter) {\n    stockLevels(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...StockLevelFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StockLevelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StockMovementFields on StockMovement {\n    id\n    kind\n    productId\n    warehouseId\n    quantity\n    deltaOnHand\n    deltaReserved\n    reason\n    reference\n    createdAt\n    warehouse {\n      id\n      code\n      name\n    }\n    actor {\n      id\n      fullName\n      email\n    }\n  }\n"): typeof import('./graphql').StockMovementFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StockMovements($first: Int, $after: String, $filter: StockMovementFilter) {\n    stockMovements(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...StockMovementFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').StockMovementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WarehouseFields on Warehouse {\n    id\n    code\n    name\n    address\n    isDefault\n    active\n    updatedAt\n  }\n"): typeof import('./graphql').WarehouseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Warehouses {\n    warehouses {\n      ...WarehouseFields\n    }\n  }\n"): typeof import('./graphql').WarehousesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiveStock($input: ReceiveStockInput!) {\n    receiveStock(input: $input) {\n      ...StockLevelFields\n    }\n  }\n"): typeof import('./graphql').ReceiveStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferStock($input: TransferStockInput!) {\n    transferStock(input: $input) {\n      from {\n        ...StockLevelFields\n      }\n      to {\n        ...StockLevelFields\n      }\n    }\n  }\n"): typeof import('./graphql').TransferStockDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWarehouse($id: ID!, $input: UpdateWarehouseInput!) {\n    updateWarehouse(id: $id, input: $input) {\n      ...WarehouseFields\n    }\n  }\n"): typeof import('./graphql').UpdateWarehouseDocument;
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
export function graphql(source: "\n  fragment MessageListFields on Message {\n    id\n    contactId\n    contact {\n      id\n      fullName\n    }\n    memberId\n    channel\n    direction\n    purpose\n    recipient\n    subject\n    bodyText\n    templateKey\n    status\n    statusReason\n    attempts\n    createdAt\n  }\n"): typeof import('./graphql').MessageListFieldsFragmentDoc;
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
export function graphql(source: "\n  mutation CreateOpportunity($input: CreateOpportunityInput!) {\n    createOpportunity(input: $input) {\n      ...OpportunityFields\n    }\n  }\n"): typeof import('./graphql').CreateOpportunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePipelineStage($input: CreatePipelineStageInput!) {\n    createPipelineStage(input: $input) {\n      ...PipelineStageFields\n    }\n  }\n"): typeof import('./graphql').CreatePipelineStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommissionRuleFields on CommissionRule {\n    id\n    name\n    appliesTo\n    memberId\n    teamId\n    basis\n    tiers {\n      fromAmount\n      fromAttainmentPercent\n      rateBp\n    }\n  }\n"): typeof import('./graphql').CommissionRuleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommissionRules {\n    commissionRules {\n      ...CommissionRuleFields\n    }\n  }\n"): typeof import('./graphql').CommissionRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpportunityFields on Opportunity {\n    id\n    title\n    amount\n    weightedAmount\n    probability\n    probabilityOverridden\n    status\n    stageId\n    position\n    expectedCloseDate\n    expectedCloseDateJalali\n    notes\n    lostReason\n    wonAt\n    lostAt\n    proformaId\n    contactId\n    contact {\n      id\n      fullName\n    }\n    owner {\n      id\n      fullName\n    }\n  }\n"): typeof import('./graphql').OpportunityFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpportunityBoard($filter: OpportunityFilter, $perStage: Int) {\n    opportunityBoard(filter: $filter, perStage: $perStage) {\n      columns {\n        count\n        amount\n        weightedAmount\n        stage {\n          ...PipelineStageFields\n        }\n        opportunities {\n          ...OpportunityFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OpportunityBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PipelineStageFields on PipelineStage {\n    id\n    kind\n    nameFa\n    nameEn\n    position\n    probability\n  }\n"): typeof import('./graphql').PipelineStageFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PipelineStages {\n    pipelineStages {\n      ...PipelineStageFields\n    }\n  }\n"): typeof import('./graphql').PipelineStagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesPerformance($period: SalesPeriodInput!) {\n    salesPerformance(period: $period) {\n      period {\n        kind\n        jalaliYear\n        index\n        startsAt\n        endsAt\n      }\n      reps {\n        memberId\n        member {\n          id\n          fullName\n        }\n        target\n        achieved\n        attainmentPercent\n        commission\n        commissionRuleId\n      }\n      teams {\n        teamId\n        name\n        target\n        achieved\n        attainmentPercent\n        commission\n      }\n    }\n  }\n"): typeof import('./graphql').SalesPerformanceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesQuotas($period: SalesPeriodInput!) {\n    salesQuotas(period: $period) {\n      id\n      memberId\n      teamId\n      jalaliYear\n      periodKind\n      periodIndex\n      target\n    }\n  }\n"): typeof import('./graphql').SalesQuotasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SalesTeams {\n    salesTeams {\n      id\n      name\n      leadMemberId\n      memberIds\n    }\n  }\n"): typeof import('./graphql').SalesTeamsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoseOpportunity($id: ID!, $input: LoseOpportunityInput!) {\n    loseOpportunity(id: $id, input: $input) {\n      ...OpportunityFields\n    }\n  }\n"): typeof import('./graphql').LoseOpportunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveOpportunity($id: ID!, $input: MoveOpportunityInput!) {\n    moveOpportunity(id: $id, input: $input) {\n      ...OpportunityFields\n    }\n  }\n"): typeof import('./graphql').MoveOpportunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderPipelineStages($stageIds: [ID!]!) {\n    reorderPipelineStages(stageIds: $stageIds) {\n      ...PipelineStageFields\n    }\n  }\n"): typeof import('./graphql').ReorderPipelineStagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCommissionRule($input: SetCommissionRuleInput!) {\n    setCommissionRule(input: $input) {\n      ...CommissionRuleFields\n    }\n  }\n"): typeof import('./graphql').SetCommissionRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSalesQuota($input: SetSalesQuotaInput!) {\n    setSalesQuota(input: $input) {\n      id\n      target\n    }\n  }\n"): typeof import('./graphql').SetSalesQuotaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOpportunity($id: ID!, $input: UpdateOpportunityInput!) {\n    updateOpportunity(id: $id, input: $input) {\n      ...OpportunityFields\n    }\n  }\n"): typeof import('./graphql').UpdateOpportunityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePipelineStage($id: ID!, $input: UpdatePipelineStageInput!) {\n    updatePipelineStage(id: $id, input: $input) {\n      ...PipelineStageFields\n    }\n  }\n"): typeof import('./graphql').UpdatePipelineStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WinOpportunity($id: ID!) {\n    winOpportunity(id: $id) {\n      ...OpportunityFields\n    }\n  }\n"): typeof import('./graphql').WinOpportunityDocument;
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
export function graphql(source: "\n  mutation CancelInvoice($id: ID!, $reason: String!) {\n    cancelInvoice(id: $id, reason: $reason) {\n      ...InvoiceFields\n    }\n  }\n"): typeof import('./graphql').CancelInvoiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelProforma($id: ID!, $reason: String!) {\n    cancelProforma(id: $id, reason: $reason) {\n      ...ProformaFields\n    }\n  }\n"): typeof import('./graphql').CancelProformaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmProforma($id: ID!, $expiresInDays: Int) {\n    confirmProforma(id: $id, expiresInDays: $expiresInDays) {\n      ...ProformaFields\n    }\n  }\n"): typeof import('./graphql').ConfirmProformaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProforma($input: CreateProformaInput!, $idempotencyKey: String) {\n    createProforma(input: $input, idempotencyKey: $idempotencyKey) {\n      ...ProformaFields\n    }\n  }\n"): typeof import('./graphql').CreateProformaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWarehouseIssue($invoiceId: ID!) {\n    createWarehouseIssue(invoiceId: $invoiceId) {\n      ...WarehouseIssueFields\n      invoice {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').CreateWarehouseIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WarehouseIssueFields on WarehouseIssue {\n    id\n    number\n    status\n    issuedAt\n    issuedAtJalali\n    shippedAt\n    deliveredAt\n    returnedAt\n    cancelledAt\n    trackingCode\n    lines {\n      productId\n      productName\n      productSku\n      quantity\n      returnedQuantity\n    }\n  }\n"): typeof import('./graphql').WarehouseIssueFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceFields on Invoice {\n    ...InvoiceListFields\n    issuedAtJalali\n    cancelledAt\n    cancelReason\n    completedAt\n    totals {\n      subtotal\n      discountTotal\n      couponDiscount\n      taxTotal\n      total\n    }\n    seller {\n      name\n      displayCurrency\n      timezone\n    }\n    contact {\n      id\n      fullName\n      primaryPhone\n      email\n      address\n      city\n      province\n    }\n    owner {\n      id\n      fullName\n    }\n    proforma {\n      id\n      number\n      couponCode\n      notes\n    }\n    lines {\n      ...SalesLineFields\n    }\n    payments {\n      id\n      amount\n      method\n      reference\n      paidAt\n      paidAtJalali\n      recordedBy {\n        id\n        fullName\n      }\n    }\n    warehouseIssue {\n      ...WarehouseIssueFields\n    }\n  }\n"): typeof import('./graphql').InvoiceFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invoice($id: ID!) {\n    invoice(id: $id) {\n      ...InvoiceFields\n    }\n  }\n"): typeof import('./graphql').InvoiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceListFields on Invoice {\n    id\n    number\n    numberDisplay\n    jalaliYear\n    status\n    paymentStatus\n    issuedAt\n    paidTotal\n    balance\n    totals {\n      total\n    }\n    contact {\n      id\n      fullName\n    }\n    warehouseIssue {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').InvoiceListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invoices($first: Int, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InvoiceListFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').InvoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SalesLineFields on SalesLine {\n    id\n    position\n    productId\n    productName\n    productSku\n    unit\n    quantity\n    unitBasePrice\n    unitPrice\n    discount\n    couponDiscount\n    taxRateBp\n    tax\n    total\n  }\n"): typeof import('./graphql').SalesLineFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProformaFields on Proforma {\n    ...ProformaListFields\n    notes\n    confirmedAt\n    cancelledAt\n    cancelReason\n    expiredAt\n    createdAtJalali\n    totals {\n      subtotal\n      discountTotal\n      couponDiscount\n      taxTotal\n      total\n    }\n    lines {\n      ...SalesLineFields\n    }\n  }\n"): typeof import('./graphql').ProformaFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proforma($id: ID!) {\n    proforma(id: $id) {\n      ...ProformaFields\n    }\n  }\n"): typeof import('./graphql').ProformaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProformaListFields on Proforma {\n    id\n    number\n    status\n    source\n    createdAt\n    expiresAt\n    couponCode\n    contact {\n      id\n      fullName\n    }\n    owner {\n      id\n      fullName\n    }\n    totals {\n      subtotal\n      discountTotal\n      taxTotal\n      total\n    }\n    invoice {\n      id\n      numberDisplay\n    }\n  }\n"): typeof import('./graphql').ProformaListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Proformas($first: Int, $after: String, $filter: ProformaFilter) {\n    proformas(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ProformaListFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ProformasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueInvoice($proformaId: ID!) {\n    issueInvoice(proformaId: $proformaId) {\n      ...InvoiceFields\n    }\n  }\n"): typeof import('./graphql').IssueInvoiceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkIssueDelivered($id: ID!) {\n    markIssueDelivered(id: $id) {\n      ...WarehouseIssueFields\n      invoice {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').MarkIssueDeliveredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkIssueShipped($id: ID!, $trackingCode: String) {\n    markIssueShipped(id: $id, trackingCode: $trackingCode) {\n      ...WarehouseIssueFields\n      invoice {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').MarkIssueShippedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPayment($invoiceId: ID!, $input: RecordPaymentInput!, $idempotencyKey: String) {\n    recordPayment(invoiceId: $invoiceId, input: $input, idempotencyKey: $idempotencyKey) {\n      ...InvoiceFields\n    }\n  }\n"): typeof import('./graphql').RecordPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnWarehouseIssue($id: ID!) {\n    returnWarehouseIssue(id: $id) {\n      ...WarehouseIssueFields\n      invoice {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ReturnWarehouseIssueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductOptionFields on Product {\n    id\n    sku\n    nameFa\n    nameEn\n    unit\n    basePrice\n    taxRateBp\n    availability {\n      available\n      status\n    }\n  }\n"): typeof import('./graphql').ProductOptionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchProducts($search: String, $first: Int) {\n    products(first: $first, filter: { search: $search, active: true }) {\n      edges {\n        node {\n          ...ProductOptionFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchProductsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProforma($id: ID!, $input: UpdateProformaInput!) {\n    updateProforma(id: $id, input: $input) {\n      ...ProformaFields\n    }\n  }\n"): typeof import('./graphql').UpdateProformaDocument;
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
export function graphql(source: "\n  mutation AssignTicket($id: ID!, $assigneeId: ID) {\n    assignTicket(id: $id, assigneeId: $assigneeId) {\n      ...TicketFields\n    }\n  }\n"): typeof import('./graphql').AssignTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseTicket($id: ID!) {\n    closeTicket(id: $id) {\n      ...TicketFields\n    }\n  }\n"): typeof import('./graphql').CloseTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTicketCategory($input: CreateTicketCategoryInput!) {\n    createTicketCategory(input: $input) {\n      id\n      nameFa\n      nameEn\n      queueId\n    }\n  }\n"): typeof import('./graphql').CreateTicketCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTicketQueue($input: TicketQueueInput!) {\n    createTicketQueue(input: $input) {\n      ...TicketQueueFields\n    }\n  }\n"): typeof import('./graphql').CreateTicketQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTicket($input: CreateTicketInput!, $idempotencyKey: String) {\n    createTicket(input: $input, idempotencyKey: $idempotencyKey) {\n      ...TicketFields\n    }\n  }\n"): typeof import('./graphql').CreateTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BusinessCalendarFields on BusinessCalendarModel {\n    timeZone\n    isDefault\n    openNow\n    nextOpeningAt\n    week {\n      start\n      end\n    }\n    holidays {\n      calendar\n      year\n      month\n      day\n    }\n  }\n"): typeof import('./graphql').BusinessCalendarFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BusinessCalendar {\n    businessCalendar {\n      ...BusinessCalendarFields\n    }\n  }\n"): typeof import('./graphql').BusinessCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SlaPolicies {\n    slaPolicies {\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n      warnBeforeMinutes\n      isDefault\n    }\n  }\n"): typeof import('./graphql').SlaPoliciesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketCategories {\n    ticketCategories {\n      id\n      nameFa\n      nameEn\n      queueId\n    }\n  }\n"): typeof import('./graphql').TicketCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketMetrics($from: DateTime!, $to: DateTime!) {\n    ticketMetrics(from: $from, to: $to) {\n      total\n      complaints\n      complaintRate\n      open\n      byCategory {\n        categoryId\n        nameFa\n        nameEn\n        count\n        complaints\n      }\n      firstResponse {\n        count\n        medianMinutes\n      }\n      resolution {\n        count\n        medianMinutes\n      }\n      sla {\n        measured\n        complianceRate\n      }\n      csat {\n        responses\n        averageScore\n        satisfiedRate\n      }\n    }\n  }\n"): typeof import('./graphql').TicketMetricsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketQueueFields on TicketQueue {\n    id\n    name\n    assignmentMode\n    memberIds\n    fixedMemberId\n    supervisorMemberId\n  }\n"): typeof import('./graphql').TicketQueueFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketQueues {\n    ticketQueues {\n      ...TicketQueueFields\n    }\n  }\n"): typeof import('./graphql').TicketQueuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketFields on Ticket {\n    ...TicketListFields\n    reopenedCount\n    slaWarnedAt\n    resolutionWarnedAt\n    slaPausedAt\n    slaPausedMinutes\n    allowedTransitions\n    csatScore\n    csatComment\n    csatRequestedAt\n    csatRatedAt\n    tags\n    contact {\n      id\n      fullName\n      primaryPhone\n      email\n      city\n      stage\n    }\n    messages {\n      id\n      kind\n      body\n      channel\n      createdAt\n      authorContactId\n      author {\n        id\n        fullName\n      }\n      attachments {\n        id\n        fileName\n        contentType\n        sizeBytes\n        url\n      }\n    }\n    history {\n      id\n      kind\n      fromValue\n      toValue\n      data\n      createdAt\n      actor {\n        id\n        fullName\n      }\n    }\n  }\n"): typeof import('./graphql').TicketFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketFields\n    }\n  }\n"): typeof import('./graphql').TicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketListFields on Ticket {\n    id\n    number\n    subject\n    status\n    priority\n    type\n    channel\n    queueId\n    categoryId\n    createdAt\n    updatedAt\n    firstResponseAt\n    firstResponseDueAt\n    resolutionDueAt\n    resolvedAt\n    closedAt\n    slaBreachedAt\n    slaPausedAt\n    contact {\n      id\n      fullName\n    }\n    assignee {\n      id\n      fullName\n    }\n  }\n"): typeof import('./graphql').TicketListFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tickets($first: Int!, $after: String, $filter: TicketFilter) {\n    tickets(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...TicketListFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').TicketsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToTicket($id: ID!, $input: ReplyToTicketInput!) {\n    replyToTicket(id: $id, input: $input) {\n      ...TicketFields\n    }\n  }\n"): typeof import('./graphql').ReplyToTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveTicket($id: ID!) {\n    resolveTicket(id: $id) {\n      ...TicketFields\n    }\n  }\n"): typeof import('./graphql').ResolveTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSlaPolicy($input: SlaPolicyInput!) {\n    setSlaPolicy(input: $input) {\n      priority\n      firstResponseMinutes\n      resolutionMinutes\n      warnBeforeMinutes\n      isDefault\n    }\n  }\n"): typeof import('./graphql').SetSlaPolicyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTicketStatus($id: ID!, $status: TicketStatus!) {\n    setTicketStatus(id: $id, status: $status) {\n      ...TicketFields\n    }\n  }\n"): typeof import('./graphql').SetTicketStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketMacros {\n    ticketMacros {\n      id\n      name\n      body\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').TicketMacrosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTicketMacro($input: TicketMacroInput!) {\n    createTicketMacro(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateTicketMacroDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTicketMacro($id: ID!, $input: TicketMacroInput!) {\n    updateTicketMacro(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateTicketMacroDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTicketMacro($id: ID!) {\n    deleteTicketMacro(id: $id)\n  }\n"): typeof import('./graphql').DeleteTicketMacroDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenderTicketMacro($id: ID!, $ticketId: ID!) {\n    renderTicketMacro(id: $id, ticketId: $ticketId)\n  }\n"): typeof import('./graphql').RenderTicketMacroDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketingSettings {\n    ticketingSettings {\n      autoCloseDays\n      smsKeywords\n      csatEnabled\n    }\n  }\n"): typeof import('./graphql').TicketingSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTicketingSettings($input: UpdateTicketingSettingsInput!) {\n    updateTicketingSettings(input: $input) {\n      autoCloseDays\n      smsKeywords\n      csatEnabled\n    }\n  }\n"): typeof import('./graphql').UpdateTicketingSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBusinessCalendar($input: UpdateBusinessCalendarInput!) {\n    updateBusinessCalendar(input: $input) {\n      ...BusinessCalendarFields\n    }\n  }\n"): typeof import('./graphql').UpdateBusinessCalendarDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTicketQueue($id: ID!, $input: UpdateTicketQueueInput!) {\n    updateTicketQueue(id: $id, input: $input) {\n      ...TicketQueueFields\n    }\n  }\n"): typeof import('./graphql').UpdateTicketQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTicket($id: ID!, $input: UpdateTicketInput!) {\n    updateTicket(id: $id, input: $input) {\n      ...TicketFields\n    }\n  }\n"): typeof import('./graphql').UpdateTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkspace($input: UpdateWorkspaceInput!) {\n    updateWorkspace(input: $input) {\n      id\n      name\n      slug\n      timezone\n      defaultLocale\n      displayCurrency\n      createdAt\n    }\n  }\n"): typeof import('./graphql').UpdateWorkspaceDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
